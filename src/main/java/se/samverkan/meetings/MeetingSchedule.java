package se.samverkan.meetings;

import java.time.Instant;

/** Title, time and place of a meeting; the video link, when given, is https. */
public record MeetingSchedule(String title, Instant startsAt, Instant endsAt, String location, String videoLink) {
}

package se.samverkan.meetings.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import se.samverkan.meetings.MeetingSchedule;
import se.samverkan.meetings.MeetingViews.MeetingView;

/** Planning or changing a meeting: group, title, day, times, place and video link. */
record MeetingForm(UUID groupId, @NotBlank(message = "{meetings.form.titleRequired}") @Size(max = 200) String title,
		@NotNull(message = "{meetings.form.dateRequired}") @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE) LocalDate date,
		@NotNull(message = "{meetings.form.timeRequired}") @DateTimeFormat(pattern = "HH:mm") LocalTime startTime,
		@NotNull(message = "{meetings.form.timeRequired}") @DateTimeFormat(pattern = "HH:mm") LocalTime endTime,
		@Size(max = 200) String location, @Size(max = 500) String videoLink, Integer version) {

	static MeetingForm empty() {
		return new MeetingForm(null, "", null, LocalTime.of(9, 0), LocalTime.of(12, 0), "", "", null);
	}

	static MeetingForm of(MeetingView meeting, ZoneId zone) {
		return new MeetingForm(meeting.group().id(), meeting.title(), meeting.startsAt().atZone(zone).toLocalDate(),
				meeting.startsAt().atZone(zone).toLocalTime(), meeting.endsAt().atZone(zone).toLocalTime(),
				meeting.location(), meeting.videoLink(), meeting.version());
	}

	MeetingSchedule schedule(ZoneId zone) {
		return new MeetingSchedule(this.title, this.date.atTime(this.startTime).atZone(zone).toInstant(),
				this.date.atTime(this.endTime).atZone(zone).toInstant(), this.location, this.videoLink);
	}

}

package se.samverkan.meetings;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.springframework.stereotype.Component;

import se.samverkan.meetings.MeetingViews.AgendaItemView;
import se.samverkan.meetings.MeetingViews.MeetingView;

/**
 * Writes meetings as iCalendar (RFC 5545) for calendar programs: UTF-8, times in
 * Europe/Stockholm with its VTIMEZONE, a UID that never changes, a SEQUENCE that grows
 * with every change, STATUS:CANCELLED for cancelled meetings, and a link back to the
 * meeting's page.
 */
@Component
public class ICalendar {

	/** The media type of the files. */
	public static final String MEDIA_TYPE = "text/calendar;charset=UTF-8";

	static final String ZONE_ID = "Europe/Stockholm";

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private static final List<String> VTIMEZONE = List.of("BEGIN:VTIMEZONE", "TZID:Europe/Stockholm",
			"X-LIC-LOCATION:Europe/Stockholm", "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
			"TZNAME:CEST", "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
			"BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET", "DTSTART:19701025T030000",
			"RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD", "END:VTIMEZONE");

	private final MeetingsProperties properties;

	private final Clock clock;

	ICalendar(MeetingsProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
	}

	/** One meeting as a calendar with one VEVENT. */
	public byte[] of(MeetingView meeting) {
		return calendar(List.of(meeting), null);
	}

	/** A feed of meetings under a calendar name. */
	public byte[] feed(List<MeetingView> meetings, String name) {
		return calendar(meetings, name);
	}

	/** The stable UID of a meeting's event. */
	public static String uid(java.util.UUID meetingId) {
		return meetingId + "@samverkan";
	}

	private byte[] calendar(List<MeetingView> meetings, String name) {
		StringBuilder out = new StringBuilder();
		line(out, "BEGIN:VCALENDAR");
		line(out, "VERSION:2.0");
		line(out, "PRODID:-//Samverkan//Samverkan LSS Värmland//SV");
		line(out, "CALSCALE:GREGORIAN");
		line(out, "METHOD:PUBLISH");
		if (name != null) {
			line(out, "X-WR-CALNAME:" + escape(name));
			line(out, "X-WR-TIMEZONE:" + ZONE_ID);
		}
		VTIMEZONE.forEach((text) -> line(out, text));
		Instant now = this.clock.instant();
		for (MeetingView meeting : meetings) {
			event(out, meeting, now);
		}
		line(out, "END:VCALENDAR");
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	private void event(StringBuilder out, MeetingView meeting, Instant now) {
		ZoneId zone = ZoneId.of(ZONE_ID);
		String url = this.properties.baseUrl() + "/meetings/" + meeting.id();
		line(out, "BEGIN:VEVENT");
		line(out, "UID:" + uid(meeting.id()));
		line(out, "DTSTAMP:" + UTC.format(now));
		line(out, "SEQUENCE:" + meeting.sequence());
		line(out, "DTSTART;TZID=" + ZONE_ID + ":" + LOCAL.format(meeting.startsAt().atZone(zone)));
		line(out, "DTEND;TZID=" + ZONE_ID + ":" + LOCAL.format(meeting.endsAt().atZone(zone)));
		line(out, "SUMMARY:" + escape(meeting.title()));
		if (meeting.location() != null) {
			line(out, "LOCATION:" + escape(meeting.location()));
		}
		StringBuilder description = new StringBuilder(meeting.group().name()).append('\n');
		for (AgendaItemView item : meeting.agenda()) {
			description.append(item.number()).append(". ").append(item.title()).append('\n');
		}
		if (meeting.videoLink() != null) {
			description.append('\n').append(meeting.videoLink()).append('\n');
		}
		description.append('\n').append(url);
		line(out, "DESCRIPTION:" + escape(description.toString()));
		line(out, "URL:" + url);
		line(out, "STATUS:" + ((meeting.status() == MeetingStatus.CANCELLED) ? "CANCELLED" : "CONFIRMED"));
		line(out, "END:VEVENT");
	}

	/** Escapes a TEXT value (RFC 5545 3.3.11). */
	static String escape(String text) {
		return text.replace("\\", "\\\\")
			.replace(";", "\\;")
			.replace(",", "\\,")
			.replace("\r\n", "\n")
			.replace("\n", "\\n");
	}

	/**
	 * Writes a content line folded at 75 octets of UTF-8, never inside a character, ended
	 * with CRLF (RFC 5545 3.1).
	 */
	static void line(StringBuilder out, String content) {
		int octets = 0;
		int limit = 75;
		for (int i = 0; i < content.length();) {
			int codePoint = content.codePointAt(i);
			int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
			if (octets + size > limit) {
				out.append("\r\n ");
				octets = 1;
				limit = 75;
			}
			out.appendCodePoint(codePoint);
			octets += size;
			i += Character.charCount(codePoint);
		}
		out.append("\r\n");
	}

}

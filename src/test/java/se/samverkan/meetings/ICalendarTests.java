package se.samverkan.meetings;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

import se.samverkan.meetings.MeetingViews.AgendaItemView;
import se.samverkan.meetings.MeetingViews.MeetingView;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The iCalendar files parse with ical4j and carry what calendar programs need: UTF-8,
 * Europe/Stockholm, a stable UID, a SEQUENCE that grows, the cancellation, and the link
 * back to the meeting.
 */
class ICalendarTests {

	private static final Instant START = Instant.parse("2027-03-14T08:00:00Z");

	private final ICalendar calendar = new ICalendar(
			new MeetingsProperties("09-01", "0 0 7 * * *", "https://samverkan.example.org/"),
			Clock.fixed(Instant.parse("2027-01-10T10:00:00Z"), ZoneId.of("Europe/Stockholm")));

	private static MeetingView meeting(UUID id, String title, int sequence, MeetingStatus status) {
		return new MeetingView(id, new GroupView(MeetingGroups.STEERING_GROUP, GroupKind.STEERING_GROUP, "Styrgruppen"),
				title, START, START.plusSeconds(3 * 3600), "Landstingshuset, Karlstad; sal Älven",
				"https://video.example.org/rum", status, MinutesStatus.NONE, sequence, 0,
				List.of(new AgendaItemView(UUID.randomUUID(), 1, "Information om våra verksamheter", null, null, null,
						true, "", null, false, false)),
				List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
	}

	private static VEvent parse(byte[] ics) throws Exception {
		Calendar parsed = new CalendarBuilder().build(new ByteArrayInputStream(ics));
		List<VEvent> events = parsed.getComponents("VEVENT");
		assertThat(events).hasSize(1);
		return events.get(0);
	}

	private static String value(VEvent event, String name) {
		return event.getProperty(name).map(Property::getValue).orElse(null);
	}

	@Test
	void one_meeting_is_one_vevent_in_swedish_time_with_a_link_back() throws Exception {
		UUID id = UUID.randomUUID();
		byte[] ics = this.calendar.of(meeting(id, "Styrgruppens möte – våren", 0, MeetingStatus.PLANNED));
		String text = new String(ics, StandardCharsets.UTF_8);
		VEvent event = parse(ics);

		assertThat(value(event, "UID")).isEqualTo(id + "@samverkan");
		assertThat(value(event, "SUMMARY")).isEqualTo("Styrgruppens möte – våren");
		assertThat(value(event, "LOCATION")).isEqualTo("Landstingshuset, Karlstad; sal Älven");
		assertThat(value(event, "SEQUENCE")).isEqualTo("0");
		assertThat(value(event, "STATUS")).isEqualTo("CONFIRMED");
		assertThat(value(event, "URL")).isEqualTo("https://samverkan.example.org/meetings/" + id);
		assertThat(value(event, "DESCRIPTION")).contains("Information om våra verksamheter",
				"https://samverkan.example.org/meetings/" + id);
		assertThat(event.getProperty("DTSTART").orElseThrow().getParameter("TZID").orElseThrow().getValue())
			.isEqualTo("Europe/Stockholm");
		assertThat(value(event, "DTSTART")).isEqualTo("20270314T090000");
		assertThat(value(event, "DTEND")).isEqualTo("20270314T120000");
		assertThat(text).contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Stockholm")
			.contains("\r\nMETHOD:PUBLISH\r\n", "\r\nPRODID:")
			.doesNotContain("Europe/Berlin", "TZURL");
		for (String line : text.split("\r\n")) {
			assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
		}
	}

	@Test
	void a_change_keeps_the_uid_and_raises_the_sequence_and_a_cancellation_says_so() throws Exception {
		UUID id = UUID.randomUUID();
		VEvent first = parse(this.calendar.of(meeting(id, "Styrgruppen", 0, MeetingStatus.PLANNED)));
		VEvent changed = parse(this.calendar.of(meeting(id, "Styrgruppen, ny tid", 1, MeetingStatus.PLANNED)));
		VEvent cancelled = parse(this.calendar.of(meeting(id, "Styrgruppen, ny tid", 2, MeetingStatus.CANCELLED)));

		assertThat(value(changed, "UID")).isEqualTo(value(first, "UID"));
		assertThat(value(cancelled, "UID")).isEqualTo(value(first, "UID"));
		assertThat(value(changed, "SEQUENCE")).isEqualTo("1");
		assertThat(value(cancelled, "SEQUENCE")).isEqualTo("2");
		assertThat(value(cancelled, "STATUS")).isEqualTo("CANCELLED");
	}

	@Test
	void long_lines_fold_without_splitting_a_character() throws Exception {
		String title = "Ärende om gråzoner – ".repeat(12).strip();
		VEvent event = parse(this.calendar.of(meeting(UUID.randomUUID(), title, 0, MeetingStatus.PLANNED)));
		assertThat(value(event, "SUMMARY")).isEqualTo(title);
	}

	@Test
	void a_feed_carries_its_name_and_every_meeting() throws Exception {
		byte[] ics = this.calendar.feed(
				List.of(ICalendar.Event.of(meeting(UUID.randomUUID(), "Första", 0, MeetingStatus.PLANNED)),
						ICalendar.Event.of(meeting(UUID.randomUUID(), "Andra", 3, MeetingStatus.CANCELLED))),
				"Samverkan – mina möten");
		Calendar parsed = new CalendarBuilder().build(new ByteArrayInputStream(ics));
		assertThat(parsed.getProperty("X-WR-CALNAME").map(Property::getValue)).contains("Samverkan – mina möten");
		assertThat(parsed.getProperty("METHOD").map(Property::getValue)).contains("PUBLISH");
		assertThat(parsed.getComponents("VTIMEZONE")).hasSize(1);
		List<VEvent> events = parsed.getComponents("VEVENT");
		assertThat(events).extracting((event) -> value(event, "SUMMARY")).containsExactly("Första", "Andra");
		assertThat(events).extracting((event) -> value(event, "STATUS")).containsExactly("CONFIRMED", "CANCELLED");
	}

}

package se.samverkan.meetings;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;

import org.springframework.stereotype.Component;

import se.samverkan.meetings.MeetingViews.AgendaItemView;
import se.samverkan.meetings.MeetingViews.MeetingView;

/**
 * Writes meetings as iCalendar (RFC 5545) with ical4j for calendar programs: UTF-8, times
 * in Europe/Stockholm with its VTIMEZONE, a UID that never changes, a SEQUENCE that grows
 * with every change, STATUS:CANCELLED for cancelled meetings, and a link back to the
 * meeting's page.
 * <p>
 * ical4j never goes to the network ({@code ical4j.properties} turns time zone updates
 * off): the VTIMEZONE comes from the definitions bundled in its jar.
 */
@Component
public class ICalendar {

	/** The media type of the files. */
	public static final String MEDIA_TYPE = "text/calendar;charset=UTF-8";

	static final String ZONE_ID = "Europe/Stockholm";

	private static final String PRODUCT = "-//Samverkan//Samverkan LSS Värmland//SV";

	private final MeetingsProperties properties;

	private final Clock clock;

	private final VTimeZone timeZone;

	ICalendar(MeetingsProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
		this.timeZone = stockholm();
	}

	/** One meeting as a calendar with one VEVENT. */
	public byte[] of(MeetingView meeting) {
		return calendar(List.of(Event.of(meeting)), null);
	}

	/** A feed of meetings under a calendar name. */
	byte[] feed(List<Event> events, String name) {
		return calendar(events, name);
	}

	/** The stable UID of a meeting's event. */
	public static String uid(UUID meetingId) {
		return meetingId + "@samverkan";
	}

	/**
	 * Europe/Stockholm from ical4j's bundled definitions. Since tzdata 2025a Stockholm is
	 * a link to Europe/Berlin, so the bundled definition is named Europe/Berlin: the copy
	 * is renamed so that the events' {@code TZID=Europe/Stockholm} finds it, and loses
	 * the Berlin TZURL and location.
	 */
	private static VTimeZone stockholm() {
		VTimeZone bundled = TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone(ZONE_ID).getVTimeZone();
		VTimeZone copy = new VTimeZone(new ComponentList<>(bundled.getObservances()));
		copy.add(new TzId(ZONE_ID));
		copy.add(new XProperty("X-LIC-LOCATION", ZONE_ID));
		return copy;
	}

	private byte[] calendar(List<Event> events, String name) {
		Calendar calendar = new Calendar().withProdId(PRODUCT)
			.withDefaults()
			.withProperty(ImmutableMethod.PUBLISH)
			.getFluentTarget();
		if (name != null) {
			calendar.add(new XProperty("X-WR-CALNAME", name));
			calendar.add(new XProperty("X-WR-TIMEZONE", ZONE_ID));
		}
		calendar.add(this.timeZone);
		Instant now = this.clock.instant();
		for (Event event : events) {
			calendar.add(vevent(event, now));
		}
		StringBuilder out = new StringBuilder();
		for (String line : calendar.toString().split("\r\n")) {
			line(out, line);
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	private VEvent vevent(Event meeting, Instant now) {
		ZoneId zone = ZoneId.of(ZONE_ID);
		String url = this.properties.baseUrl() + "/meetings/" + meeting.id();
		VEvent event = new VEvent(meeting.startsAt().atZone(zone), meeting.endsAt().atZone(zone), meeting.title());
		event.replace(new DtStamp(now));
		event.add(new Uid(uid(meeting.id())));
		event.add(new Sequence(meeting.sequence()));
		if (meeting.location() != null) {
			event.add(new Location(meeting.location()));
		}
		StringBuilder description = new StringBuilder(meeting.groupName()).append('\n');
		int number = 1;
		for (String item : meeting.agenda()) {
			description.append(number++).append(". ").append(item).append('\n');
		}
		if (meeting.videoLink() != null) {
			description.append('\n').append(meeting.videoLink()).append('\n');
		}
		description.append('\n').append(url);
		event.add(new Description(description.toString()));
		event.add(new Url(URI.create(url)));
		event.add((meeting.status() == MeetingStatus.CANCELLED) ? ImmutableStatus.VEVENT_CANCELLED
				: ImmutableStatus.VEVENT_CONFIRMED);
		return event;
	}

	/**
	 * Writes a content line folded at 75 octets of UTF-8, never inside a character, ended
	 * with CRLF (RFC 5545 3.1). ical4j's own folding counts characters, not octets, so
	 * lines with Swedish letters would grow past 75 octets.
	 */
	static void line(StringBuilder out, String content) {
		int octets = 0;
		for (int i = 0; i < content.length();) {
			int codePoint = content.codePointAt(i);
			int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
			if (octets + size > 75) {
				out.append("\r\n ");
				octets = 1;
			}
			out.appendCodePoint(codePoint);
			octets += size;
			i += Character.charCount(codePoint);
		}
		out.append("\r\n");
	}

	/**
	 * What a meeting's event shows: its group, title, time, place, video link, status and
	 * SEQUENCE, and the titles of its agenda in order.
	 */
	record Event(UUID id, String groupName, String title, Instant startsAt, Instant endsAt, String location,
			String videoLink, MeetingStatus status, int sequence, List<String> agenda) {

		static Event of(MeetingView meeting) {
			return new Event(meeting.id(), meeting.group().name(), meeting.title(), meeting.startsAt(),
					meeting.endsAt(), meeting.location(), meeting.videoLink(), meeting.status(), meeting.sequence(),
					meeting.agenda().stream().map(AgendaItemView::title).toList());
		}

		Event withAgenda(List<String> agenda) {
			return new Event(this.id, this.groupName, this.title, this.startsAt, this.endsAt, this.location,
					this.videoLink, this.status, this.sequence, agenda);
		}

	}

}

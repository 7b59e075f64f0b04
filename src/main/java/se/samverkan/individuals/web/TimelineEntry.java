package se.samverkan.individuals.web;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import se.samverkan.individuals.ConsentView;
import se.samverkan.individuals.ContactView;
import se.samverkan.individuals.InterventionView;
import se.samverkan.individuals.TimelineItem;

/**
 * One event on a person's timeline, in Swedish time: a contact at its time, an
 * intervention from the day it started, a consent from the day it was given, another
 * module's entry (e.g. a referral) at its time. What the template shows of its time and
 * kind is made here once: a timeline page renders up to 50 entries, and each expression
 * the template evaluates per entry costs more than the Java.
 *
 * @param datetime the machine-readable time ({@code <time datetime>})
 * @param when the time as shown: with hours and minutes, or the day alone
 * @param kindKey the message key of what kind of entry it is
 */
record TimelineEntry(ZonedDateTime at, String datetime, String when, String kindKey, ContactView contact,
		InterventionView intervention, ConsentView consent, TimelineItem item) {

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

	static TimelineEntry of(ContactView contact, ZoneId zone) {
		ZonedDateTime at = contact.occurredAt().atZone(zone);
		return new TimelineEntry(at, at.toOffsetDateTime().toString(), MINUTE.format(at),
				"individuals.timeline.CONTACT", contact, null, null, null);
	}

	static TimelineEntry of(InterventionView intervention, ZoneId zone) {
		ZonedDateTime at = intervention.startedOn().atStartOfDay(zone);
		return new TimelineEntry(at, at.toLocalDate().toString(), DAY.format(at), "individuals.timeline.INTERVENTION",
				null, intervention, null, null);
	}

	/** An entry of another module (e.g. a referral), at its time. */
	static TimelineEntry of(TimelineItem item, ZoneId zone) {
		ZonedDateTime at = item.at().atZone(zone);
		return new TimelineEntry(at, at.toOffsetDateTime().toString(), MINUTE.format(at), item.kindKey(), null, null,
				null, item);
	}

	static TimelineEntry of(ConsentView consent, ZoneId zone) {
		ZonedDateTime at = consent.givenOn().atStartOfDay(zone);
		return new TimelineEntry(at, at.toLocalDate().toString(), DAY.format(at), "individuals.timeline.CONSENT", null,
				null, consent, null);
	}

}

package se.samverkan.individuals.web;

import java.time.ZonedDateTime;
import java.time.ZoneId;

import se.samverkan.individuals.ConsentView;
import se.samverkan.individuals.ContactView;
import se.samverkan.individuals.InterventionView;
import se.samverkan.individuals.TimelineItem;

/**
 * One event on a person's timeline, in Swedish time: a contact at its time, an
 * intervention from the day it started, a consent from the day it was given, another
 * module's entry (e.g. a referral) at its time.
 */
record TimelineEntry(ZonedDateTime at, boolean withTime, String kind, ContactView contact,
		InterventionView intervention, ConsentView consent, TimelineItem item) {

	static TimelineEntry of(ContactView contact, ZoneId zone) {
		return new TimelineEntry(contact.occurredAt().atZone(zone), true, "CONTACT", contact, null, null, null);
	}

	static TimelineEntry of(InterventionView intervention, ZoneId zone) {
		return new TimelineEntry(intervention.startedOn().atStartOfDay(zone), false, "INTERVENTION", null, intervention,
				null, null);
	}

	/** An entry of another module (e.g. a referral), at its time. */
	static TimelineEntry of(TimelineItem item, ZoneId zone) {
		return new TimelineEntry(item.at().atZone(zone), true, "OTHER", null, null, null, item);
	}

	static TimelineEntry of(ConsentView consent, ZoneId zone) {
		return new TimelineEntry(consent.givenOn().atStartOfDay(zone), false, "CONSENT", null, null, consent, null);
	}

}

package se.samverkan.individuals.web;

import java.time.ZonedDateTime;
import java.time.ZoneId;

import se.samverkan.individuals.ConsentView;
import se.samverkan.individuals.ContactView;
import se.samverkan.individuals.InterventionView;

/**
 * One event on a person's timeline, in Swedish time: a contact at its time, an
 * intervention from the day it started, a consent from the day it was given.
 */
record TimelineEntry(ZonedDateTime at, boolean withTime, String kind, ContactView contact,
		InterventionView intervention, ConsentView consent) {

	static TimelineEntry of(ContactView contact, ZoneId zone) {
		return new TimelineEntry(contact.occurredAt().atZone(zone), true, "CONTACT", contact, null, null);
	}

	static TimelineEntry of(InterventionView intervention, ZoneId zone) {
		return new TimelineEntry(intervention.startedOn().atStartOfDay(zone), false, "INTERVENTION", null, intervention,
				null);
	}

	static TimelineEntry of(ConsentView consent, ZoneId zone) {
		return new TimelineEntry(consent.givenOn().atStartOfDay(zone), false, "CONSENT", null, null, consent);
	}

}

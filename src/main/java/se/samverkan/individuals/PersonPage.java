package se.samverkan.individuals;

import java.time.Instant;
import java.util.List;

/**
 * What the person page shows, read at once (L3 logs it as the person, consents,
 * interventions and contacts read): the person, all their consents and interventions, and
 * one page of the timeline. A page of the timeline holds {@link #TIMELINE_SIZE} contacts
 * and covers the time from {@code from} (inclusive; {@code null} back to the beginning)
 * up to {@code until} (exclusive; {@code null} up to now), so that every other entry on
 * the timeline falls on exactly one page; a page beyond the last covers nothing
 * ({@code from} equals {@code until}).
 */
public record PersonPage(PersonView person, List<ConsentView> consents, List<InterventionView> interventions,
		List<ContactView> contacts, int timelinePage, boolean olderPages, Instant from, Instant until,
		boolean mayReadAccessLog) {

	/** Contacts on one page of the timeline. */
	public static final int TIMELINE_SIZE = 50;

	public PersonPage {
		consents = List.copyOf(consents);
		interventions = List.copyOf(interventions);
		contacts = List.copyOf(contacts);
	}

	/** Whether an entry at that time belongs on this page of the timeline. */
	public boolean covers(Instant at) {
		return (this.from == null || !at.isBefore(this.from)) && (this.until == null || at.isBefore(this.until));
	}

}

package se.samverkan.individuals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the person page shows, read at once in one transaction (L3 logs it as the person,
 * consents, interventions and contacts read, and each contributor its own reads, e.g. the
 * referrals): the person, all their consents and interventions, one page of the timeline
 * with the other modules' entries in its span ({@link TimelineContributor}), and the
 * names of the principals and staff it shows. A page of the timeline holds
 * {@link #TIMELINE_SIZE} contacts and covers the time from {@code from} (inclusive;
 * {@code null} back to the beginning) up to {@code until} (exclusive; {@code null} up to
 * now), so that every other entry on the timeline falls on exactly one page; a page
 * beyond the last covers nothing ({@code from} equals {@code until}).
 */
public record PersonPage(PersonView person, List<ConsentView> consents, List<InterventionView> interventions,
		List<ContactView> contacts, List<TimelineItem> contributed, int timelinePage, boolean olderPages, Instant from,
		Instant until, boolean mayReadAccessLog, Map<UUID, String> principalNames, Map<UUID, String> staffNames,
		String registeredBy) {

	/** Contacts on one page of the timeline. */
	public static final int TIMELINE_SIZE = 50;

	public PersonPage {
		consents = List.copyOf(consents);
		interventions = List.copyOf(interventions);
		contacts = List.copyOf(contacts);
		contributed = List.copyOf(contributed);
		principalNames = Map.copyOf(principalNames);
		staffNames = Map.copyOf(staffNames);
	}

	/** Whether an entry at that time belongs on this page of the timeline. */
	public boolean covers(Instant at) {
		return covers(this.from, this.until, at);
	}

	static boolean covers(Instant from, Instant until, Instant at) {
		return (from == null || !at.isBefore(from)) && (until == null || at.isBefore(until));
	}

}

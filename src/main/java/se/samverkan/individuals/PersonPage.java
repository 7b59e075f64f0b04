package se.samverkan.individuals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the person page shows, read at once in one transaction (L3 logs it as the person,
 * consents, interventions and contacts read, and each contributor its own reads, e.g. the
 * referrals): the person, all their consents and interventions, one page of the timeline,
 * and the names of the principals and staff it shows. A page of the timeline holds
 * {@link #TIMELINE_SIZE} entries, the contacts and the other modules' entries
 * ({@link TimelineContributor}) newest first, and covers the {@link TimelineSpan} from
 * its oldest entry up to the oldest of the newer page before it, where the consents and
 * interventions are placed by their time.
 */
public record PersonPage(PersonView person, List<ConsentView> consents, List<InterventionView> interventions,
		List<ContactView> contacts, List<TimelineItem> contributed, int timelinePage, boolean olderPages,
		TimelineSpan span, boolean mayReadAccessLog, Map<UUID, String> principalNames, Map<UUID, String> staffNames,
		String registeredBy) {

	/** Contacts and other modules' entries on one page of the timeline. */
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
		return this.span.covers(at);
	}

}

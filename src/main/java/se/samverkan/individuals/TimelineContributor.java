package se.samverkan.individuals;

import java.time.Instant;
import java.util.List;

import se.samverkan.organisation.SignedInStaff;

/**
 * Another module's part of a person's timeline (e.g. the referrals about them). The
 * person page places each page of the timeline among the contacts and every contributor's
 * entries, newest first: it asks every contributor when its newest entries stand, then
 * for those of its entries that fall on the page. Called only for a person the caller
 * sees, with the person as the caller sees them (the contributor need not test that
 * again); a contributor logs its own reads (L3), and only when it shows something. Lets
 * other modules add to the person page without this module depending on them.
 */
public interface TimelineContributor {

	/**
	 * When the person's newest entries the caller may see stand on the timeline, newest
	 * first, at most {@code limit}; only times, nothing read is shown (so nothing
	 * logged).
	 */
	List<Instant> timesOf(SignedInStaff me, PersonView person, int limit);

	/**
	 * The entries in the order of {@link #timesOf}, from {@code offset} on, at most
	 * {@code limit}.
	 */
	List<TimelineItem> timelineOf(SignedInStaff me, PersonView person, long offset, int limit);

}

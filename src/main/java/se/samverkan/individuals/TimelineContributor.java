package se.samverkan.individuals;

import java.util.List;

import se.samverkan.organisation.SignedInStaff;

/**
 * Another module's part of a person's timeline (e.g. the referrals about them): the
 * person page asks every contributor for the entries the caller may see in the span of
 * time its page covers. Called only for a person the caller sees, with the person as the
 * caller sees them (the contributor need not test that again); a contributor logs its own
 * reads (L3), and only when it shows something. Lets other modules add to the person page
 * without this module depending on them.
 */
public interface TimelineContributor {

	List<TimelineItem> timelineOf(SignedInStaff me, PersonView person, TimelineSpan span);

}

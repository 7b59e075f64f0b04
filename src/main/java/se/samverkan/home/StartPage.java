package se.samverkan.home;

import java.util.List;

import se.samverkan.meetings.MeetingViews.MeetingSummary;
import se.samverkan.organisation.Directory.UpdateView;
import se.samverkan.referrals.ReferralManagement;

/**
 * What the start page shows; {@code mattersWaiting} only for those who handle matters.
 */
record StartPage(long unread, long roleClarificationsToAcknowledge, Long mattersWaiting,
		ReferralManagement.Counts referrals, long observationsWaiting, MeetingSummary nextMeeting,
		List<MeetingSummary> minutesToApprove, long plansToApprove, long resourceAgreementsToApprove,
		long evaluationsToAnswer, List<UpdateView> updates) {

}

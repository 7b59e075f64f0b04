package se.samverkan.home;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.activityplans.ActivityPlanManagement;
import se.samverkan.evaluation.EvaluationManagement;
import se.samverkan.individuals.RoleClarificationService;
import se.samverkan.matters.MatterManagement;
import se.samverkan.meetings.MeetingViews;
import se.samverkan.notification.Inbox;
import se.samverkan.observations.ObservationService;
import se.samverkan.organisation.Directory;
import se.samverkan.organisation.SignedInStaff;
import se.samverkan.referrals.ReferralManagement;
import se.samverkan.resources.ResourceAgreementManagement;

/**
 * Reads what the start page shows in one transaction: each module answers its own
 * question, and they all join this read instead of beginning and committing their own.
 */
@Service
class StartPageReads {

	private final Inbox inbox;

	private final Directory directory;

	private final RoleClarificationService roleClarifications;

	private final MatterManagement matters;

	private final ReferralManagement referrals;

	private final ObservationService observations;

	private final MeetingViews meetings;

	private final ActivityPlanManagement plans;

	private final ResourceAgreementManagement resourceAgreements;

	private final EvaluationManagement evaluations;

	StartPageReads(Inbox inbox, Directory directory, RoleClarificationService roleClarifications,
			MatterManagement matters, ReferralManagement referrals, ObservationService observations,
			MeetingViews meetings, ActivityPlanManagement plans, ResourceAgreementManagement resourceAgreements,
			EvaluationManagement evaluations) {
		this.inbox = inbox;
		this.directory = directory;
		this.roleClarifications = roleClarifications;
		this.matters = matters;
		this.referrals = referrals;
		this.observations = observations;
		this.meetings = meetings;
		this.plans = plans;
		this.resourceAgreements = resourceAgreements;
		this.evaluations = evaluations;
	}

	@Transactional(readOnly = true)
	StartPage of(SignedInStaff me) {
		return new StartPage(this.inbox.unreadCount(me.staffId()),
				this.roleClarifications.awaitingAcknowledgement(me.staffId()),
				this.matters.handles(me) ? this.matters.waiting() : null, this.referrals.counts(me),
				this.observations.waitingFor(me), this.meetings.nextMeetingFor(me.staffId()).orElse(null),
				this.meetings.minutesAwaitingApprovalOf(me.staffId()), this.plans.awaitingApprovalOf(me),
				this.resourceAgreements.awaitingApprovalOf(me), this.evaluations.unansweredBy(me),
				this.directory.latestUpdates(5));
	}

}

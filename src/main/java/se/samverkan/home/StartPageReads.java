package se.samverkan.home;

import java.util.OptionalLong;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.activityplans.ActivityPlanManagement;
import se.samverkan.evaluation.EvaluationManagement;
import se.samverkan.individuals.RoleClarificationService;
import se.samverkan.matters.MatterManagement;
import se.samverkan.meetings.MeetingViews;
import se.samverkan.meetings.MeetingViews.MeetingInbox;
import se.samverkan.notification.Inbox;
import se.samverkan.observations.ObservationService;
import se.samverkan.organisation.Directory;
import se.samverkan.organisation.SignedInStaff;
import se.samverkan.referrals.ReferralManagement;
import se.samverkan.resources.ResourceAgreementManagement;
import se.samverkan.steeringgroup.SteeringGroup;

/**
 * Reads what the start page shows in one transaction: each module answers its own
 * question, and they all join this read instead of beginning and committing their own.
 * The signed-in staff member's standing in the steering group, which the matters', the
 * meetings' and the evaluations' parts each need, is asked once for this request.
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

	private final SteeringGroup steeringGroup;

	StartPageReads(Inbox inbox, Directory directory, RoleClarificationService roleClarifications,
			MatterManagement matters, ReferralManagement referrals, ObservationService observations,
			MeetingViews meetings, ActivityPlanManagement plans, ResourceAgreementManagement resourceAgreements,
			EvaluationManagement evaluations, SteeringGroup steeringGroup) {
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
		this.steeringGroup = steeringGroup;
	}

	@Transactional(readOnly = true)
	StartPage of(SignedInStaff me) {
		SteeringGroup.Standing standing = this.steeringGroup.standingOf(me.staffId());
		OptionalLong mattersWaiting = this.matters.waitingFor(standing);
		MeetingInbox meetings = this.meetings.inboxOf(me.staffId(), standing);
		return new StartPage(this.inbox.unreadCount(me.staffId()),
				this.roleClarifications.awaitingAcknowledgement(me.staffId()),
				mattersWaiting.isPresent() ? mattersWaiting.getAsLong() : null, this.referrals.counts(me),
				this.observations.waitingFor(me), meetings.nextMeeting(), meetings.minutesToApprove(),
				this.plans.awaitingApprovalOf(me), this.resourceAgreements.awaitingApprovalOf(me),
				this.evaluations.unansweredBy(me, standing), this.directory.latestUpdates(5));
	}

}

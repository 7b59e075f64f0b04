package se.samverkan.home;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

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
import se.samverkan.shared.PageRequest;

/**
 * The start page: who you are, what waits in your inbox, your meetings, what of the
 * yearly cycle waits for you, and the latest news from the parties.
 */
@Controller
class StartController {

	static final String VIEW = "home/start";

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

	StartController(Inbox inbox, Directory directory, RoleClarificationService roleClarifications,
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

	@GetMapping("/")
	String start(@AuthenticationPrincipal SignedInStaff me, Model model) {
		model.addAttribute("unread", this.inbox.unreadCount(me.staffId()));
		model.addAttribute("roleClarificationsToAcknowledge",
				this.roleClarifications.awaitingAcknowledgement(me.staffId()));
		model.addAttribute("mattersWaiting", this.matters.handles(me) ? this.matters.waiting() : null);
		model.addAttribute("referrals", this.referrals.counts(me));
		model.addAttribute("observationsWaiting", this.observations.waitingFor(me));
		model.addAttribute("nextMeeting", this.meetings.nextMeetingFor(me.staffId()).orElse(null));
		model.addAttribute("minutesToApprove", this.meetings.minutesAwaitingApprovalOf(me.staffId()));
		model.addAttribute("plansToApprove", this.plans.awaitingApprovalOf(me));
		model.addAttribute("resourceAgreementsToApprove", this.resourceAgreements.awaitingApprovalOf(me));
		model.addAttribute("evaluationsToAnswer", this.evaluations.unansweredBy(me));
		model.addAttribute("updates", this.directory.updates(new PageRequest(0, 5)).items());
		return VIEW;
	}

}

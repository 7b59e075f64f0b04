package se.samverkan.home;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import se.samverkan.organisation.SignedInStaff;

/**
 * The start page: who you are, what waits in your inbox, your meetings, what of the
 * yearly cycle waits for you, and the latest news from the parties.
 */
@Controller
class StartController {

	static final String VIEW = "home/start";

	private final StartPageReads reads;

	StartController(StartPageReads reads) {
		this.reads = reads;
	}

	@GetMapping("/")
	String start(@AuthenticationPrincipal SignedInStaff me, Model model) {
		StartPage page = this.reads.of(me);
		model.addAttribute("unread", page.unread());
		model.addAttribute("roleClarificationsToAcknowledge", page.roleClarificationsToAcknowledge());
		model.addAttribute("mattersWaiting", page.mattersWaiting());
		model.addAttribute("referrals", page.referrals());
		model.addAttribute("observationsWaiting", page.observationsWaiting());
		model.addAttribute("nextMeeting", page.nextMeeting());
		model.addAttribute("minutesToApprove", page.minutesToApprove());
		model.addAttribute("plansToApprove", page.plansToApprove());
		model.addAttribute("resourceAgreementsToApprove", page.resourceAgreementsToApprove());
		model.addAttribute("evaluationsToAnswer", page.evaluationsToAnswer());
		model.addAttribute("updates", page.updates());
		return VIEW;
	}

}

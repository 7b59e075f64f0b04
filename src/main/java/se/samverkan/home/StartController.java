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

	private final StartPage startPage;

	StartController(StartPage startPage) {
		this.startPage = startPage;
	}

	@GetMapping("/")
	String start(@AuthenticationPrincipal SignedInStaff me, Model model) {
		StartPage.Figures figures = this.startPage.of(me);
		model.addAttribute("unread", figures.unread());
		model.addAttribute("roleClarificationsToAcknowledge", figures.roleClarificationsToAcknowledge());
		model.addAttribute("mattersWaiting", figures.mattersWaiting());
		model.addAttribute("referrals", figures.referrals());
		model.addAttribute("observationsWaiting", figures.observationsWaiting());
		model.addAttribute("nextMeeting", figures.nextMeeting());
		model.addAttribute("minutesToApprove", figures.minutesToApprove());
		model.addAttribute("plansToApprove", figures.plansToApprove());
		model.addAttribute("resourceAgreementsToApprove", figures.resourceAgreementsToApprove());
		model.addAttribute("evaluationsToAnswer", figures.evaluationsToAnswer());
		model.addAttribute("updates", figures.updates());
		return VIEW;
	}

}

package se.samverkan.home;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sections of later features, so that the navigation of the whole product works
 * today. Each mapping goes when its feature lands.
 */
@Controller
class ComingSoonController {

	static final String VIEW = "home/coming-soon";

	@GetMapping({ "/referrals", "/meetings" })
	String comingSoon(jakarta.servlet.http.HttpServletRequest request, Model model) {
		model.addAttribute("section", request.getRequestURI().substring(1));
		return VIEW;
	}

}

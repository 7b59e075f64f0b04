package se.samverkan.individuals.web;

import java.time.Clock;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import se.samverkan.individuals.AccessLogReview;
import se.samverkan.organisation.SignedInStaff;
import se.samverkan.shared.PageRequest;

/** The log review page (*loggkontroll*, L3) for managers and heads of operations. */
@Controller
class AccessLogReviewController {

	static final int PAGE_SIZE = 50;

	private final AccessLogReview review;

	private final Clock clock;

	AccessLogReviewController(AccessLogReview review, Clock clock) {
		this.review = review;
		this.clock = clock;
	}

	@GetMapping("/access-log/review")
	String review(@AuthenticationPrincipal SignedInStaff me, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("reads", this.review.review(me, new PageRequest(Math.max(page, 0), PAGE_SIZE)));
		model.addAttribute("zone", this.clock.getZone());
		return "individuals/access-log-review";
	}

}

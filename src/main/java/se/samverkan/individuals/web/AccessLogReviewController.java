package se.samverkan.individuals.web;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import se.samverkan.individuals.AccessLogReview;
import se.samverkan.organisation.SignedInStaff;
import se.samverkan.shared.DomainException;
import se.samverkan.shared.ErrorCode;
import se.samverkan.shared.Page;
import se.samverkan.shared.PageRequest;

/**
 * The log review page (*loggkontroll*, L3) for managers and heads of operations, one
 * month at a time.
 */
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
	String review(@AuthenticationPrincipal SignedInStaff me,
			@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
			@RequestParam(defaultValue = "0") int page, Model model, HttpServletResponse response) {
		YearMonth period = (month != null) ? month : YearMonth.now(this.clock);
		try {
			AccessLogReview.Reviewed reviewed = this.review.browse(me, period,
					new PageRequest(Math.max(page, 0), PAGE_SIZE));
			model.addAttribute("pairs", reviewed.pairs());
			model.addAttribute("more", reviewed.more());
			model.addAttribute("counted", reviewed.counted());
		}
		catch (DomainException ex) {
			if (ex.code() != ErrorCode.VALIDATION_FAILED) {
				throw ex;
			}
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("monthError", ex.messageKey());
			period = YearMonth.now(this.clock);
			model.addAttribute("pairs", new Page<>(List.of(), 0, PAGE_SIZE, 0));
			model.addAttribute("more", false);
		}
		model.addAttribute("month", period);
		model.addAttribute("zone", this.clock.getZone());
		return "individuals/access-log-review";
	}

}

package se.samverkan.individuals.api;

import java.time.YearMonth;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.samverkan.individuals.AccessLogReview;
import se.samverkan.organisation.SignedInStaff;
import se.samverkan.shared.Page;
import se.samverkan.shared.PageRequest;

/**
 * Log review (*loggkontroll*, L3) for managers and heads of operations: the (person,
 * reading unit) pairs of their unit's persons read by units that no longer have a basis
 * for them, one month at a time ({@code ?month=2026-10}, this month by default; see
 * {@link AccessLogReview}).
 */
@RestController
class AccessLogReviewApi {

	private final AccessLogReview review;

	AccessLogReviewApi(AccessLogReview review) {
		this.review = review;
	}

	@GetMapping("/api/v1/access-log/review")
	Page<AccessLogReview.Item> review(@AuthenticationPrincipal SignedInStaff me,
			@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return this.review.review(me, month, PageRequest.of(page, size));
	}

}

package se.samverkan.individuals.api;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.samverkan.individuals.AccessLogReview;
import se.samverkan.organisation.SignedInStaff;
import se.samverkan.shared.Page;
import se.samverkan.shared.PageRequest;

/**
 * Log review (*loggkontroll*, L3) for managers and heads of operations: reads of their
 * unit's persons by units that no longer have a basis for them (see
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
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return this.review.review(me, PageRequest.of(page, size));
	}

}

package se.samverkan.matters.api;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import se.samverkan.matters.FeedbackGuard;
import se.samverkan.matters.MatterManagement;
import se.samverkan.matters.MatterManagement.PublicFeedback;
import se.samverkan.shared.DomainException;
import se.samverkan.shared.ErrorCode;

/**
 * Views from interest organisations and service users (R14), without sign-in: they become
 * matters for the conveners. Rate-limited per client address; no personal identity
 * numbers (L5); the text at most 4000 characters and the whole request small.
 */
@RestController
class PublicFeedbackApi {

	/** Larger requests are refused before they are read. */
	static final long MAX_REQUEST_BYTES = 16 * 1024;

	private final MatterManagement matters;

	private final FeedbackGuard guard;

	PublicFeedbackApi(MatterManagement matters, FeedbackGuard guard) {
		this.matters = matters;
		this.guard = guard;
	}

	@PostMapping("/api/v1/public/feedback")
	ResponseEntity<FeedbackReceived> feedback(HttpServletRequest http, @RequestBody FeedbackRequest request) {
		this.guard.count(http.getRemoteAddr());
		if (http.getContentLengthLong() > MAX_REQUEST_BYTES) {
			throw new DomainException(ErrorCode.VALIDATION_FAILED, "error.feedback.too-large");
		}
		this.matters
			.receiveFeedback(new PublicFeedback(request.organisationName(), null, request.text(), request.email()));
		return ResponseEntity.status(HttpStatus.ACCEPTED).body(new FeedbackReceived(true));
	}

	record FeedbackRequest(String organisationName, String text, String email) {
	}

	record FeedbackReceived(boolean received) {
	}

}

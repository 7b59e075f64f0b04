package se.samverkan.matters.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The public feedback form (R14): an optional organisation, the text, an optional address
 * for an answer; {@code website} is a honeypot people never see and {@code token} the
 * signed time the form was shown.
 */
record FeedbackForm(@Size(max = 200) String organisationName, @NotBlank @Size(max = 4000) String text,
		@Email @Size(max = 254) String email, String website, String token) {

	static FeedbackForm empty(String token) {
		return new FeedbackForm("", "", "", "", token);
	}

}

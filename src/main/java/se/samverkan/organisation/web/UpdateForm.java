package se.samverkan.organisation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The form for posting an update about one's operations (R19, R20). */
record UpdateForm(
		@NotBlank(message = "{organisation.validation.required}") @Size(max = 200,
				message = "{organisation.validation.too-long}") String title,
		@NotBlank(message = "{organisation.validation.required}") @Size(max = 8000,
				message = "{organisation.validation.too-long}") String body) {

	static UpdateForm empty() {
		return new UpdateForm("", "");
	}

}

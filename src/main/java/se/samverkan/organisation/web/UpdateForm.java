package se.samverkan.organisation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The form for posting an update about one's operations (R19, R20). */
record UpdateForm(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 8000) String body) {

	static UpdateForm empty() {
		return new UpdateForm("", "");
	}

}

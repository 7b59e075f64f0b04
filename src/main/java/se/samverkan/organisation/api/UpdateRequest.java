package se.samverkan.organisation.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import se.samverkan.organisation.OperationsUpdate;

/** An update about one's operations (R19). */
record UpdateRequest(@NotBlank @Size(max = OperationsUpdate.TITLE_MAX_LENGTH) String title,
		@NotBlank @Size(max = OperationsUpdate.BODY_MAX_LENGTH) String body) {
}

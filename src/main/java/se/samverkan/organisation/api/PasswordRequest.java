package se.samverkan.organisation.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import se.samverkan.organisation.OrganisationManagement;

/** A new password an administrator sets on an account. */
record PasswordRequest(@NotNull @Size(min = OrganisationManagement.MIN_PASSWORD_LENGTH,
		max = OrganisationManagement.MAX_PASSWORD_LENGTH) String password) {
}

package se.samverkan.organisation.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import se.samverkan.organisation.PrincipalKind;

/** Everything an administrator sets on a principal. */
record PrincipalChangeRequest(@NotBlank @Size(max = 200) String name, @NotNull PrincipalKind kind,
		@NotNull Boolean active) {
}

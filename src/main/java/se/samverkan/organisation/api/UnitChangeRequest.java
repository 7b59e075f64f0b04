package se.samverkan.organisation.api;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import se.samverkan.organisation.UnitKind;

/** Everything an administrator sets on a unit. */
record UnitChangeRequest(@NotNull UUID principalId, @NotBlank @Size(max = 200) String name, @NotNull UnitKind kind,
		@NotNull Boolean agreementParty, @NotNull Boolean active) {
}

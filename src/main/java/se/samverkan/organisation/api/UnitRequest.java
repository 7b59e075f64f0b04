package se.samverkan.organisation.api;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import se.samverkan.organisation.UnitKind;

/** A new unit of a principal; {@code agreementParty} false when left out. */
record UnitRequest(@NotNull UUID principalId, @NotBlank @Size(max = 200) String name, @NotNull UnitKind kind,
		Boolean agreementParty) {
}

package se.samverkan.organisation.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import se.samverkan.organisation.PrincipalKind;

/** A new principal (huvudman). */
record PrincipalRequest(@NotBlank @Size(max = 200) String name, @NotNull PrincipalKind kind) {
}

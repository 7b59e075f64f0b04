package se.samverkan.organisation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import se.samverkan.organisation.Directory.PrincipalView;
import se.samverkan.organisation.PrincipalKind;

/** A principal as an administrator registers or changes it. */
record PrincipalForm(@NotBlank @Size(max = 200) String name, @NotNull PrincipalKind kind, Boolean active,
		Integer version) {

	static PrincipalForm empty() {
		return new PrincipalForm("", null, true, null);
	}

	static PrincipalForm of(PrincipalView principal) {
		return new PrincipalForm(principal.name(), principal.kind(), principal.active(), principal.version());
	}

	boolean isActive() {
		return Boolean.TRUE.equals(this.active);
	}

	PrincipalForm withVersion(int current) {
		return new PrincipalForm(this.name, this.kind, this.active, current);
	}

}

package se.samverkan.organisation.web;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import se.samverkan.organisation.Directory.UnitView;
import se.samverkan.organisation.UnitKind;

/** A unit as an administrator establishes or changes it. */
record UnitForm(@NotBlank @Size(max = 200) String name, @NotNull UUID principalId, @NotNull UnitKind kind,
		Boolean agreementParty, Boolean active, Integer version) {

	static UnitForm empty() {
		return new UnitForm("", null, null, false, true, null);
	}

	static UnitForm of(UnitView unit) {
		return new UnitForm(unit.name(), unit.principalId(), unit.kind(), unit.agreementParty(), unit.active(),
				unit.version());
	}

	boolean isAgreementParty() {
		return Boolean.TRUE.equals(this.agreementParty);
	}

	boolean isActive() {
		return Boolean.TRUE.equals(this.active);
	}

	UnitForm withVersion(int current) {
		return new UnitForm(this.name, this.principalId, this.kind, this.agreementParty, this.active, current);
	}

}

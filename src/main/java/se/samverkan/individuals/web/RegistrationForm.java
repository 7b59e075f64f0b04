package se.samverkan.individuals.web;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import se.samverkan.individuals.Commands;

/** Registering a person (L1, L4). */
record RegistrationForm(@NotBlank @Size(max = 20) String personalIdentityNumber,
		@NotBlank @Size(max = 100) String firstName, @NotBlank @Size(max = 100) String lastName,
		@NotNull UUID homeMunicipalityId, Boolean protectedIdentity) {

	static RegistrationForm empty(String number, UUID homeMunicipalityId) {
		return new RegistrationForm(number, "", "", homeMunicipalityId, false);
	}

	Commands.RegisterPerson command() {
		return new Commands.RegisterPerson(this.personalIdentityNumber, this.firstName, this.lastName,
				this.homeMunicipalityId, Boolean.TRUE.equals(this.protectedIdentity));
	}

}

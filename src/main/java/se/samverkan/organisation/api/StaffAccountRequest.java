package se.samverkan.organisation.api;

import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import se.samverkan.organisation.OrganisationManagement;
import se.samverkan.organisation.StaffFunction;
import se.samverkan.organisation.StaffMember;
import se.samverkan.organisation.StaffProfile;

/** A new staff account with its first password. */
record StaffAccountRequest(@NotBlank @Pattern(regexp = StaffMember.USERNAME_PATTERN) String username,
		@NotBlank @Size(max = 200) String displayName, @Email @Size(max = 254) String email, @NotNull UUID unitId,
		UUID nearestManagerId, Set<@NotNull StaffFunction> functions, Boolean administrator,
		@NotNull @Size(min = OrganisationManagement.MIN_PASSWORD_LENGTH,
				max = OrganisationManagement.MAX_PASSWORD_LENGTH) String password) {

	StaffProfile profile() {
		return new StaffProfile(this.displayName, this.email, this.unitId, this.nearestManagerId, this.functions,
				Boolean.TRUE.equals(this.administrator));
	}

}

package se.samverkan.organisation.api;

import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import se.samverkan.organisation.StaffFunction;
import se.samverkan.organisation.StaffProfile;

/**
 * Everything an administrator sets on a staff account, but its user name and password.
 */
record StaffAccountChangeRequest(@NotBlank @Size(max = 200) String displayName, @Email @Size(max = 254) String email,
		@NotNull UUID unitId, UUID nearestManagerId, @NotNull Set<@NotNull StaffFunction> functions,
		@NotNull Boolean administrator) {

	StaffProfile profile() {
		return new StaffProfile(this.displayName, this.email, this.unitId, this.nearestManagerId, this.functions,
				this.administrator);
	}

}

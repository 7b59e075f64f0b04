package se.samverkan.organisation.web;

import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import se.samverkan.organisation.Directory.StaffView;
import se.samverkan.organisation.StaffFunction;
import se.samverkan.organisation.StaffProfile;

/**
 * A staff account as an administrator opens or edits it; {@code username} and
 * {@code password} only when opening. The rules for them (unique, format, length) are the
 * organisation's.
 */
record AccountForm(String username, String password, @NotBlank @Size(max = 200) String displayName,
		@Email @Size(max = 254) String email, @NotNull UUID unitId, UUID nearestManagerId, Set<StaffFunction> functions,
		Boolean administrator, Integer version) {

	static AccountForm empty() {
		return new AccountForm("", "", "", "", null, null, Set.of(), false, null);
	}

	static AccountForm of(StaffView staff) {
		return new AccountForm(staff.username(), null, staff.displayName(), staff.email(), staff.unitId(),
				staff.nearestManagerId(), staff.functions(), staff.administrator(), staff.version());
	}

	StaffProfile profile() {
		return new StaffProfile(this.displayName, this.email, this.unitId, this.nearestManagerId, this.functions,
				Boolean.TRUE.equals(this.administrator));
	}

	AccountForm withVersion(int current) {
		return new AccountForm(this.username, null, this.displayName, this.email, this.unitId, this.nearestManagerId,
				this.functions, this.administrator, current);
	}

}

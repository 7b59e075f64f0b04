package se.samverkan.organisation;

import java.util.Set;
import java.util.UUID;

/** What an administrator sets on a staff account. */
public record StaffProfile(String displayName, String email, UUID unitId, UUID nearestManagerId,
		Set<StaffFunction> functions, boolean administrator) {

	public StaffProfile {
		if (displayName == null || displayName.isBlank()) {
			throw new IllegalArgumentException("displayName is required");
		}
		functions = StaffMember.toSet(functions == null ? Set.of() : functions);
	}

}

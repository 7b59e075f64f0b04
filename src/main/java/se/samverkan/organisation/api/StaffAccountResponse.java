package se.samverkan.organisation.api;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import se.samverkan.organisation.Directory.StaffView;
import se.samverkan.organisation.StaffFunction;

/** A staff account as an administrator manages it. */
record StaffAccountResponse(UUID id, String username, String displayName, String email, UUID unitId, String unitName,
		UUID nearestManagerId, String nearestManagerName, Set<StaffFunction> functions, boolean administrator,
		List<String> roles, boolean active, int version) {

	static StaffAccountResponse of(StaffView view) {
		return new StaffAccountResponse(view.id(), view.username(), view.displayName(), view.email(), view.unitId(),
				view.unitName(), view.nearestManagerId(), view.nearestManagerName(), view.functions(),
				view.administrator(), view.roles(), view.active(), view.version());
	}

}

package se.samverkan.organisation.api;

import java.util.Set;
import java.util.UUID;

import se.samverkan.organisation.Directory.StaffView;
import se.samverkan.organisation.StaffFunction;

/** A staff member as every signed-in user sees them in the directory. */
record StaffResponse(UUID id, String username, String displayName, UUID unitId, String unitName,
		Set<StaffFunction> functions, UUID nearestManagerId, String nearestManagerName, boolean active) {

	static StaffResponse of(StaffView view) {
		return new StaffResponse(view.id(), view.username(), view.displayName(), view.unitId(), view.unitName(),
				view.functions(), view.nearestManagerId(), view.nearestManagerName(), view.active());
	}

}

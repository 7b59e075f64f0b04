package se.samverkan.organisation.api;

import java.util.UUID;

import se.samverkan.organisation.Directory.UnitView;
import se.samverkan.organisation.PrincipalKind;
import se.samverkan.organisation.UnitKind;

/** A unit (verksamhet) with its principal. */
record UnitResponse(UUID id, String name, UnitKind kind, boolean agreementParty, UUID principalId, String principalName,
		PrincipalKind principalKind, boolean active, int version) {

	static UnitResponse of(UnitView view) {
		return new UnitResponse(view.id(), view.name(), view.kind(), view.agreementParty(), view.principalId(),
				view.principalName(), view.principalKind(), view.active(), view.version());
	}

}

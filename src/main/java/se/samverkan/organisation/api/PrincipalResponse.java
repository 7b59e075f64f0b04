package se.samverkan.organisation.api;

import java.util.UUID;

import se.samverkan.organisation.Directory.PrincipalView;
import se.samverkan.organisation.PrincipalKind;

/** A principal (huvudman). */
record PrincipalResponse(UUID id, String name, PrincipalKind kind, boolean active, int version) {

	static PrincipalResponse of(PrincipalView view) {
		return new PrincipalResponse(view.id(), view.name(), view.kind(), view.active(), view.version());
	}

}

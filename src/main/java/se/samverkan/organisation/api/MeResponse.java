package se.samverkan.organisation.api;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import se.samverkan.organisation.PrincipalKind;
import se.samverkan.organisation.SignedInStaff;
import se.samverkan.organisation.StaffFunction;
import se.samverkan.organisation.UnitKind;

/** The signed-in user: account, unit, principal, functions and roles. */
record MeResponse(UUID staffId, String username, String displayName, UnitRef unit, PrincipalRef principal,
		Set<StaffFunction> functions, List<String> roles) {

	static MeResponse of(SignedInStaff me) {
		return new MeResponse(me.staffId(), me.getUsername(), me.displayName(),
				new UnitRef(me.unit().id(), me.unit().name(), me.unit().kind()),
				new PrincipalRef(me.principal().id(), me.principal().name(), me.principal().kind()), me.functions(),
				me.roles());
	}

	record UnitRef(UUID id, String name, UnitKind kind) {
	}

	record PrincipalRef(UUID id, String name, PrincipalKind kind) {
	}

}

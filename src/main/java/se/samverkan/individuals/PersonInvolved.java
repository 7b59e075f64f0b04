package se.samverkan.individuals;

import java.util.UUID;

import se.samverkan.shared.AuditableEvent;

/** A unit became involved with a person. Carries ids only, never names or numbers. */
public record PersonInvolved(String actor, UUID aggregateId, UUID unitId, InvolvementReason reason,
		Integer versionBefore, Integer versionAfter) implements AuditableEvent {

	@Override
	public String aggregateType() {
		return "Person";
	}

}

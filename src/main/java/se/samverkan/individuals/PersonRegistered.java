package se.samverkan.individuals;

import java.util.UUID;

import se.samverkan.shared.AuditableEvent;

/** A unit registered a person. Carries ids only, never names or numbers. */
public record PersonRegistered(String actor, UUID aggregateId, UUID unitId, Integer versionBefore,
		Integer versionAfter) implements AuditableEvent {

	@Override
	public String aggregateType() {
		return "Person";
	}

}

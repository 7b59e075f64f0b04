package se.samverkan.individuals;

import java.util.UUID;

import se.samverkan.shared.AuditableEvent;

/**
 * A unit records an intervention it gives a person. Carries ids only, never names or
 * numbers.
 */
public record InterventionStarted(String actor, UUID aggregateId, UUID personId, UUID unitId, Integer versionBefore,
		Integer versionAfter) implements AuditableEvent {

	@Override
	public String aggregateType() {
		return "Intervention";
	}

}

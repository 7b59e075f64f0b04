package se.samverkan.individuals;

import java.util.UUID;

import se.samverkan.shared.AuditableEvent;

/**
 * A contact about a person was recorded (R2–R4). Carries ids only, never names or
 * numbers.
 */
public record ContactRecorded(String actor, UUID aggregateId, UUID personId, Integer versionBefore,
		Integer versionAfter) implements AuditableEvent {

	@Override
	public String aggregateType() {
		return "Contact";
	}

}

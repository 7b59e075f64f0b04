package se.samverkan.individuals;

import java.util.UUID;

import se.samverkan.shared.AuditableEvent;

/** A consent was recorded (R1). Carries ids only, never names or numbers. */
public record ConsentRecorded(String actor, UUID aggregateId, UUID personId, Integer versionBefore,
		Integer versionAfter) implements AuditableEvent {

	@Override
	public String aggregateType() {
		return "Consent";
	}

}

package se.samverkan.individuals;

import java.util.UUID;

import se.samverkan.shared.AuditableEvent;

/** A recipient acknowledged a role clarification (R5). Carries ids only. */
public record RoleClarificationAcknowledged(String actor, UUID aggregateId, UUID personId, Integer versionBefore,
		Integer versionAfter) implements AuditableEvent {

	@Override
	public String aggregateType() {
		return "RoleClarification";
	}

}

package se.samverkan.individuals;

import java.util.UUID;

import se.samverkan.shared.AuditableEvent;

/** A role clarification (R5) was sent. Carries ids only. */
public record RoleClarificationSent(String actor, UUID aggregateId, UUID personId, Integer versionBefore,
		Integer versionAfter) implements AuditableEvent {

	@Override
	public String aggregateType() {
		return "RoleClarification";
	}

}

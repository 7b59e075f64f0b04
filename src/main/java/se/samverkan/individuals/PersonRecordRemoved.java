package se.samverkan.individuals;

import java.util.UUID;

import se.samverkan.shared.AuditableEvent;

/**
 * A closed person record was removed after its retention period (L7). Carries the id
 * only: nothing left in the system says who it was.
 */
public record PersonRecordRemoved(String actor, UUID aggregateId, Integer versionBefore,
		Integer versionAfter) implements AuditableEvent {

	@Override
	public String aggregateType() {
		return "Person";
	}

	@Override
	public String summary() {
		return "retention";
	}

}

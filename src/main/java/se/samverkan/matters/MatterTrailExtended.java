package se.samverkan.matters;

import java.util.UUID;

import se.samverkan.shared.AuditableEvent;

/**
 * A step was added to a matter's trail: an internal note, the meeting where it was
 * raised, a decision, an activity or a result.
 */
public record MatterTrailExtended(String actor, UUID aggregateId, StepKind kind, UUID referenceId,
		Integer versionBefore, Integer versionAfter) implements AuditableEvent {

	@Override
	public String aggregateType() {
		return "Matter";
	}

	@Override
	public String summary() {
		return this.kind.name();
	}

}

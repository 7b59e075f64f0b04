package se.samverkan.matters;

import java.util.UUID;

import se.samverkan.shared.AuditableEvent;

/** A matter moved from one status to another. */
public record MatterMoved(String actor, UUID aggregateId, MatterStatus from, MatterStatus to, Integer versionBefore,
		Integer versionAfter) implements AuditableEvent {

	@Override
	public String aggregateType() {
		return "Matter";
	}

	@Override
	public String summary() {
		return this.from + " -> " + this.to;
	}

}

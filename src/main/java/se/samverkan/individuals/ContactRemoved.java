package se.samverkan.individuals;

import java.util.UUID;

import se.samverkan.shared.AuditableEvent;

/**
 * A contact was removed after its retention period (L7). Carries the ids only, no
 * personal data.
 */
public record ContactRemoved(String actor, UUID aggregateId, UUID personId) implements AuditableEvent {

	@Override
	public String aggregateType() {
		return "Contact";
	}

	@Override
	public String summary() {
		return "retention";
	}

}

package se.samverkan.individuals;

import java.util.UUID;

import se.samverkan.shared.AuditableEvent;

/**
 * A consent was removed after its retention period (L7). Carries the ids only, no
 * personal data.
 */
public record ConsentRemoved(String actor, UUID aggregateId, UUID personId) implements AuditableEvent {

	@Override
	public String aggregateType() {
		return "Consent";
	}

	@Override
	public String summary() {
		return "retention";
	}

}

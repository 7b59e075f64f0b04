package se.samverkan.agreements;

import java.util.UUID;

import se.samverkan.shared.AuditableEvent;

/** An agreement was concluded, followed up or a change proposed (R23). */
public record AgreementChanged(String actor, UUID aggregateId, String action, Integer versionBefore,
		Integer versionAfter, String summary) implements AuditableEvent {

	@Override
	public String aggregateType() {
		return "Agreement";
	}

}

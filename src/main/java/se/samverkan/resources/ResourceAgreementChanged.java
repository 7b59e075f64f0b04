package se.samverkan.resources;

import java.util.UUID;

import se.samverkan.shared.AuditableEvent;

/** A resource agreement was proposed or approved for a unit (R15). */
public record ResourceAgreementChanged(String actor, UUID aggregateId, String action, Integer versionBefore,
		Integer versionAfter, String summary) implements AuditableEvent {

	@Override
	public String aggregateType() {
		return "ResourceAgreement";
	}

}

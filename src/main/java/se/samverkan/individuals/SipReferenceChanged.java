package se.samverkan.individuals;

import java.util.UUID;

import se.samverkan.shared.AuditableEvent;

/** The reference to a person's SIP was set or removed. Carries ids only. */
public record SipReferenceChanged(String actor, UUID aggregateId, Integer versionBefore,
		Integer versionAfter) implements AuditableEvent {

	@Override
	public String aggregateType() {
		return "Person";
	}

}

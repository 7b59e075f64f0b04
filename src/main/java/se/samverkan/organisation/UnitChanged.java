package se.samverkan.organisation;

import java.util.UUID;

import se.samverkan.shared.AuditableEvent;

/** A unit was established or changed by an administrator. */
public record UnitChanged(String actor, UUID aggregateId, Integer versionBefore, Integer versionAfter,
		String summary) implements AuditableEvent {

	@Override
	public String aggregateType() {
		return "Unit";
	}

}

package se.samverkan.organisation;

import java.util.UUID;

import se.samverkan.shared.AuditableEvent;

/** A unit's staff edited its description (R19). */
public record UnitDescriptionEdited(String actor, UUID aggregateId, Integer versionBefore, Integer versionAfter,
		String summary) implements AuditableEvent {

	@Override
	public String aggregateType() {
		return "UnitDescription";
	}

}

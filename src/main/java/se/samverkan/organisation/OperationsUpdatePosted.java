package se.samverkan.organisation;

import java.util.UUID;

import se.samverkan.shared.AuditableEvent;

/**
 * A unit posted an update about its operations; the governance module gathers these into
 * the standing agenda item "Information om våra verksamheter" (R20).
 */
public record OperationsUpdatePosted(String actor, UUID aggregateId, UUID unitId, Integer versionAfter,
		String summary) implements AuditableEvent {

	@Override
	public String aggregateType() {
		return "OperationsUpdate";
	}

}

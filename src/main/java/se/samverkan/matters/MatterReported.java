package se.samverkan.matters;

import java.util.UUID;

import se.samverkan.shared.AuditableEvent;

/**
 * A matter was reported (R11), by staff or through the public form. Ids and facts only.
 */
public record MatterReported(String actor, UUID aggregateId, MatterCategory category, MatterSource source,
		Integer versionBefore, Integer versionAfter) implements AuditableEvent {

	@Override
	public String aggregateType() {
		return "Matter";
	}

	@Override
	public String summary() {
		return this.category + " " + this.source;
	}

}

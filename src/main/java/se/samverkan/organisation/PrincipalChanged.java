package se.samverkan.organisation;

import java.util.UUID;

import se.samverkan.shared.AuditableEvent;

/** A principal was registered or changed by an administrator. */
public record PrincipalChanged(String actor, UUID aggregateId, Integer versionBefore, Integer versionAfter,
		String summary) implements AuditableEvent {

	@Override
	public String aggregateType() {
		return "Principal";
	}

}

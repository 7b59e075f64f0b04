package se.samverkan.workinggroups;

import java.util.UUID;

import se.samverkan.shared.AuditableEvent;

/**
 * Something happened to a working group: formed, a member recruited, a mandate approved,
 * the plan changed, a report posted.
 */
public record WorkingGroupChanged(String actor, UUID aggregateId, String action, Integer versionBefore,
		Integer versionAfter, String summary) implements AuditableEvent {

	@Override
	public String aggregateType() {
		return "WorkingGroup";
	}

}

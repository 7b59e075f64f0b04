package se.samverkan.activityplans;

import java.util.UUID;

import se.samverkan.shared.AuditableEvent;

/**
 * Something happened to an activity plan or one of its activities: drafted, an activity
 * added, changed or removed, submitted, approved for a party, approved, sent back,
 * revised.
 */
public record ActivityPlanChanged(String actor, UUID aggregateId, String action, Integer versionBefore,
		Integer versionAfter, String summary) implements AuditableEvent {

	@Override
	public String aggregateType() {
		return "ActivityPlan";
	}

}

package se.samverkan.steeringgroup;

import java.util.UUID;

import se.samverkan.shared.AuditableEvent;

/** A staff member left the steering group. */
public record SteeringGroupMemberRemoved(String actor, UUID aggregateId, Integer versionBefore,
		Integer versionAfter) implements AuditableEvent {

	@Override
	public String aggregateType() {
		return "SteeringGroupMember";
	}

}

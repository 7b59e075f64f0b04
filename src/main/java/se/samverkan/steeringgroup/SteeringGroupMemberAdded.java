package se.samverkan.steeringgroup;

import java.util.UUID;

import se.samverkan.shared.AuditableEvent;

/** A staff member joined the steering group, representing a unit. */
public record SteeringGroupMemberAdded(String actor, UUID aggregateId, UUID representsUnitId, Integer versionBefore,
		Integer versionAfter) implements AuditableEvent {

	@Override
	public String aggregateType() {
		return "SteeringGroupMember";
	}

	@Override
	public String summary() {
		return "represents unit " + this.representsUnitId;
	}

}

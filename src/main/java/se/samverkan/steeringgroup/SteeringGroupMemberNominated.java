package se.samverkan.steeringgroup;

import java.util.UUID;

import se.samverkan.shared.AuditableEvent;

/** The MAS/MAR group's nomination of a member was recorded (R8). */
public record SteeringGroupMemberNominated(String actor, UUID aggregateId, Integer versionBefore,
		Integer versionAfter) implements AuditableEvent {

	@Override
	public String aggregateType() {
		return "SteeringGroupMember";
	}

}

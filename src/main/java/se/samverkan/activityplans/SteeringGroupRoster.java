package se.samverkan.activityplans;

import java.util.UUID;

import org.springframework.stereotype.Component;

import se.samverkan.organisation.SignedInStaff;
import se.samverkan.steeringgroup.SteeringGroup;

/**
 * Who works in the steering group, as the yearly cycle needs it: members and conveners
 * draft the plan and the directives, and only a member may lead a working group (R18).
 */
@Component
public class SteeringGroupRoster {

	private final SteeringGroup steeringGroup;

	SteeringGroupRoster(SteeringGroup steeringGroup) {
		this.steeringGroup = steeringGroup;
	}

	/** Whether the staff member is a member of the steering group. */
	public boolean isMember(UUID staffId) {
		return this.steeringGroup.isMember(staffId);
	}

	/** Whether the signed-in staff member takes part in the steering group's work. */
	public boolean worksIn(SignedInStaff me) {
		return this.steeringGroup.isConvenerOrMember(me.staffId());
	}

}

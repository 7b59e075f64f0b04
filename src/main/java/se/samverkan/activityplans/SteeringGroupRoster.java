package se.samverkan.activityplans;

import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import se.samverkan.organisation.Directory;
import se.samverkan.organisation.SignedInStaff;
import se.samverkan.organisation.StaffFunction;

/**
 * Who works in the steering group, as the yearly cycle needs it: members and conveners
 * draft the plan and the directives, and only a member may lead a working group (R18).
 * <p>
 * Interim: until the steering-group module is on main, the members are the demo's
 * starting members and everyone holding the convener function.
 */
@Component
public class SteeringGroupRoster {

	private static final Set<String> INTERIM_MEMBERS = Set.of("mar.karlstad", "mar.arvika", "chef.buh", "chef.vh");

	private final Directory directory;

	SteeringGroupRoster(Directory directory) {
		this.directory = directory;
	}

	/** Whether the staff member is a member of the steering group. */
	public boolean isMember(UUID staffId) {
		return this.directory.staffMember(staffId)
			.map((staff) -> INTERIM_MEMBERS.contains(staff.username())
					|| staff.functions().contains(StaffFunction.CONVENER))
			.orElse(false);
	}

	/** Whether the signed-in staff member takes part in the steering group's work. */
	public boolean worksIn(SignedInStaff me) {
		return me.holds(StaffFunction.CONVENER) || isMember(me.staffId());
	}

}

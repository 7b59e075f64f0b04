package se.samverkan.matters;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import se.samverkan.organisation.SignedInStaff;
import se.samverkan.steeringgroup.SteeringGroup;

/**
 * Who handles matters (R9, R11): the conveners, to whom matters are reported, and the
 * steering group's members, who analyse and prioritise them.
 */
@Component
public class MatterHandlers {

	private final SteeringGroup steeringGroup;

	MatterHandlers(SteeringGroup steeringGroup) {
		this.steeringGroup = steeringGroup;
	}

	public boolean handles(SignedInStaff staff) {
		return staff != null && handles(this.steeringGroup.standingOf(staff.staffId()));
	}

	/** Whether a staff member of that standing in the steering group handles matters. */
	public boolean handles(SteeringGroup.Standing standing) {
		return standing.convenerOrMember();
	}

	/** The staff who are told about a new matter: the conveners (R11). */
	public Set<UUID> conveners() {
		return new LinkedHashSet<>(this.steeringGroup.convenerStaffIds());
	}

}

package se.samverkan.matters;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import se.samverkan.organisation.Directory;
import se.samverkan.organisation.Directory.StaffView;
import se.samverkan.organisation.SignedInStaff;
import se.samverkan.organisation.StaffFunction;

/**
 * Who handles matters (R9, R11): the conveners, to whom matters are reported, and the
 * steering group's members, who analyse and prioritise them.
 */
@Component
public class MatterHandlers {

	private final Directory directory;

	MatterHandlers(Directory directory) {
		this.directory = directory;
	}

	public boolean handles(SignedInStaff staff) {
		return staff != null && staff.holds(StaffFunction.CONVENER);
	}

	/** The active staff who are told about a new matter: the conveners. */
	public Set<UUID> conveners() {
		List<StaffView> conveners = this.directory.staffHolding(List.of(StaffFunction.CONVENER));
		Set<UUID> ids = new LinkedHashSet<>();
		conveners.forEach((staff) -> ids.add(staff.id()));
		return ids;
	}

}

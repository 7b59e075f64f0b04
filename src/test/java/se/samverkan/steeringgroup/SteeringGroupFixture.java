package se.samverkan.steeringgroup;

import java.util.EnumSet;
import java.util.UUID;

import se.samverkan.organisation.Directory;
import se.samverkan.organisation.Directory.UnitView;
import se.samverkan.organisation.OrganisationManagement;
import se.samverkan.organisation.SignedInStaff;
import se.samverkan.organisation.StaffFunction;
import se.samverkan.organisation.StaffProfile;

/** Test staff of our own, so that the demo steering group stays as it is. */
public final class SteeringGroupFixture {

	private SteeringGroupFixture() {
	}

	/** The LSS unit of a municipality, by place name, e.g. {@code Sunne}. */
	public static UnitView lssUnit(Directory directory, String place) {
		return directory.allUnits()
			.stream()
			.filter((unit) -> unit.name().equals("LSS-verksamheten " + place))
			.findFirst()
			.orElseThrow();
	}

	/** A new active staff member in that unit with those functions. */
	public static SignedInStaff newStaff(Directory directory, OrganisationManagement management, UUID unitId,
			StaffFunction... functions) {
		String username = "sg.test." + UUID.randomUUID().toString().substring(0, 13);
		EnumSet<StaffFunction> held = EnumSet.noneOf(StaffFunction.class);
		held.addAll(java.util.List.of(functions));
		management.openStaffAccount(username,
				new StaffProfile("Testledamot " + username.substring(8), null, unitId, null, held, false),
				"ett-langt-losenord");
		return directory.account(username).orElseThrow();
	}

}

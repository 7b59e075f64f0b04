package se.samverkan.organisation.api;

import java.util.Set;
import java.util.UUID;

import se.samverkan.organisation.Directory;
import se.samverkan.organisation.OrganisationManagement;
import se.samverkan.organisation.PrincipalKind;
import se.samverkan.organisation.StaffFunction;
import se.samverkan.organisation.StaffMember;
import se.samverkan.organisation.StaffProfile;
import se.samverkan.organisation.Unit;
import se.samverkan.organisation.UnitKind;

/**
 * Test data of a test's own, so that tests that write leave the demo data other tests
 * read untouched: a new unit with one new staff account in it.
 */
final class OwnUnits {

	static final String PASSWORD = "testlosenord-123";

	private OwnUnits() {
	}

	static OwnUnit create(OrganisationManagement management, Directory directory) {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		UUID region = directory.principals(PrincipalKind.REGION).get(0).id();
		Unit unit = management.establishUnit(region, "Testenhet " + suffix, UnitKind.OTHER, false);
		StaffMember member = management.openStaffAccount("test." + suffix, new StaffProfile("Testperson " + suffix,
				null, unit.id(), null, Set.of(StaffFunction.CASE_WORKER), false), PASSWORD);
		return new OwnUnit(unit.id(), member.id(), member.username());
	}

	record OwnUnit(UUID unitId, UUID staffId, String username) {
	}

}

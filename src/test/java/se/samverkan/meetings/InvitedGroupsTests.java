package se.samverkan.meetings;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.organisation.Directory;
import se.samverkan.organisation.OrganisationManagement;
import se.samverkan.organisation.SignedInStaff;
import se.samverkan.organisation.StaffFunction;
import se.samverkan.shared.Timestamps;
import se.samverkan.steeringgroup.SteeringGroup;
import se.samverkan.steeringgroup.SteeringGroupFixture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The groups a staff member's meetings come from, found from the staff member's side (the
 * calendar feed, the start page), are those whose invitations reach them, found from the
 * group's side (R16): the steering group's conveners and members, the MAS/MAR group's
 * conveners and active staff with MAR or MAS, a working group's members. What the test
 * adds is rolled back with its transaction.
 */
@SpringBootTest
@Transactional
class InvitedGroupsTests {

	@Autowired
	MeetingGroups groups;

	@Autowired
	MeetingViews views;

	@Autowired
	MeetingManagement management;

	@Autowired
	SteeringGroup steeringGroup;

	@Autowired
	Directory directory;

	@Autowired
	OrganisationManagement organisation;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	@DisplayName("R16 every staff member's groups and next meeting are those of the groups whose invitations reach them")
	void groupsFromTheStaffSideAreThoseWhoseInvitationsReachThem() {
		UUID sunne = SteeringGroupFixture.lssUnit(this.directory, "Sunne").id();
		SignedInStaff convenerInLss = SteeringGroupFixture.newStaff(this.directory, this.organisation, sunne,
				StaffFunction.CONVENER);
		SignedInStaff leavingMas = SteeringGroupFixture.newStaff(this.directory, this.organisation, sunne,
				StaffFunction.MAS);
		this.organisation.deactivate(leavingMas.staffId(),
				this.directory.staffMember(leavingMas.staffId()).orElseThrow().version());
		SignedInStaff caseWorker = this.directory.account("lss.karlstad").orElseThrow();
		UUID workingGroup = this.groups.create(GroupKind.WORKING_GROUP, "Inbjudningsgruppen " + UUID.randomUUID(),
				Set.of(caseWorker.staffId(), leavingMas.staffId()));
		SignedInStaff convener = this.directory.account("buh.samordnare").orElseThrow();
		Instant soon = this.clock.instant().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
		this.management.plan(convener, workingGroup,
				new MeetingSchedule("Inbjudningsgruppens möte", soon, soon.plusSeconds(7200), "Karlstad", null));

		Map<UUID, Set<UUID>> invitees = this.groups.all()
			.stream()
			.collect(Collectors.toMap(GroupView::id, (group) -> this.groups.invitees(group.id())));
		List<UUID> everyone = this.jdbc.sql("select id from staff").query(UUID.class).list();
		assertThat(everyone).contains(convenerInLss.staffId(), leavingMas.staffId());
		Map<UUID, Set<UUID>> reached = everyone.stream()
			.collect(Collectors.toMap(Function.identity(),
					(staff) -> invitees.entrySet()
						.stream()
						.filter((group) -> group.getValue().contains(staff))
						.map(Map.Entry::getKey)
						.collect(Collectors.toSet())));
		for (UUID staff : everyone) {
			List<UUID> groupsOf = this.groups.groupsOf(staff);
			assertThat(new HashSet<>(groupsOf)).as("the groups of %s", staff).isEqualTo(reached.get(staff));
			assertThat(nextMeetingId(staff)).as("the next meeting of %s", staff)
				.isEqualTo(nextPlannedOf(reached.get(staff)));
		}
		assertThat(reached.get(caseWorker.staffId())).containsExactly(workingGroup);
		assertThat(reached.get(leavingMas.staffId())).containsExactly(workingGroup);
		assertThat(reached.get(convenerInLss.staffId())).isEmpty();
		assertThat(reached.get(convener.staffId())).contains(MeetingGroups.STEERING_GROUP, MeetingGroups.MAS_MAR_GROUP);
	}

	private UUID nextMeetingId(UUID staff) {
		MeetingViews.MeetingSummary next = this.views.inboxOf(staff, this.steeringGroup.standingOf(staff))
			.nextMeeting();
		return (next != null) ? next.id() : null;
	}

	/** The earliest planned meeting from now of those groups, if any. */
	private UUID nextPlannedOf(Set<UUID> groupIds) {
		if (groupIds.isEmpty()) {
			return null;
		}
		return this.jdbc.sql("""
				select id from meeting where group_id in (:groups) and status = 'PLANNED' and starts_at >= :from
				order by starts_at, id limit 1
				""")
			.param("groups", groupIds)
			.param("from", Timestamps.utc(this.clock.instant()))
			.query(UUID.class)
			.optional()
			.orElse(null);
	}

}

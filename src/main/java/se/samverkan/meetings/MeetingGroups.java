package se.samverkan.meetings;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.organisation.Directory;
import se.samverkan.organisation.StaffFunction;
import se.samverkan.shared.DomainException;
import se.samverkan.shared.ErrorCode;
import se.samverkan.shared.NotFoundException;
import se.samverkan.steeringgroup.SteeringGroup;

/**
 * The groups that meet: the steering group and the MAS/MAR group (always there) and the
 * working groups, which other modules create. Who is invited follows from the group: the
 * steering group's conveners and members, the staff with MAR or MAS and the conveners, or
 * a working group's members.
 */
@Service
@Transactional
public class MeetingGroups {

	/** The steering group's id. */
	public static final UUID STEERING_GROUP = UUID.fromString("00000000-0000-0000-0000-00000000c001");

	/** The MAS/MAR group's id. */
	public static final UUID MAS_MAR_GROUP = UUID.fromString("00000000-0000-0000-0000-00000000c002");

	private final JdbcClient jdbc;

	private final SteeringGroup steeringGroup;

	private final Directory directory;

	MeetingGroups(JdbcClient jdbc, SteeringGroup steeringGroup, Directory directory) {
		this.jdbc = jdbc;
		this.steeringGroup = steeringGroup;
		this.directory = directory;
	}

	/**
	 * A new group that meets, e.g. for a working group; only working groups are created,
	 * the steering group and the MAS/MAR group always exist.
	 */
	public UUID create(GroupKind kind, String name, Collection<UUID> memberStaffIds) {
		if (kind != GroupKind.WORKING_GROUP) {
			throw new DomainException(ErrorCode.VALIDATION_FAILED, "error.meeting.group-kind-fixed");
		}
		UUID id = UUID.randomUUID();
		this.jdbc.sql("insert into meeting_group (id, kind, name, version) values (:id, :kind, :name, 0)")
			.param("id", id)
			.param("kind", kind.name())
			.param("name", Meeting.text(name, 200, "error.meeting.group-name-required"))
			.update();
		setMembers(id, memberStaffIds);
		return id;
	}

	/** Replaces a working group's members. */
	public void setMembers(UUID groupId, Collection<UUID> memberStaffIds) {
		GroupView group = find(groupId).orElseThrow(NotFoundException::new);
		if (group.kind() != GroupKind.WORKING_GROUP) {
			throw new DomainException(ErrorCode.VALIDATION_FAILED, "error.meeting.group-kind-fixed");
		}
		this.jdbc.sql("delete from meeting_group_member where group_id = :id").param("id", groupId).update();
		for (UUID staffId : new LinkedHashSet<>(memberStaffIds)) {
			this.jdbc.sql("insert into meeting_group_member (group_id, staff_id) values (:group, :staff)")
				.param("group", groupId)
				.param("staff", staffId)
				.update();
		}
	}

	@Transactional(readOnly = true)
	public List<GroupView> all() {
		return this.jdbc.sql("select id, kind, name from meeting_group order by kind desc, name")
			.query((rs, n) -> new GroupView(rs.getObject("id", UUID.class), GroupKind.valueOf(rs.getString("kind")),
					rs.getString("name")))
			.list()
			.stream()
			.sorted(java.util.Comparator.comparing((GroupView g) -> g.kind().ordinal()).thenComparing(GroupView::name))
			.toList();
	}

	@Transactional(readOnly = true)
	public Optional<GroupView> find(UUID id) {
		return this.jdbc.sql("select id, kind, name from meeting_group where id = :id")
			.param("id", id)
			.query((rs, n) -> new GroupView(rs.getObject("id", UUID.class), GroupKind.valueOf(rs.getString("kind")),
					rs.getString("name")))
			.optional();
	}

	/** Everyone a meeting of the group is for. */
	@Transactional(readOnly = true)
	public Set<UUID> invitees(UUID groupId) {
		GroupView group = find(groupId).orElseThrow(NotFoundException::new);
		return switch (group.kind()) {
			case STEERING_GROUP -> this.steeringGroup.convenerAndMemberStaffIds();
			case MAS_MAR -> {
				Set<UUID> ids = this.steeringGroup.convenerStaffIds();
				this.directory.staffHolding(EnumSet.of(StaffFunction.MAR, StaffFunction.MAS))
					.forEach((staff) -> ids.add(staff.id()));
				yield ids;
			}
			case WORKING_GROUP ->
				new LinkedHashSet<>(this.jdbc.sql("select staff_id from meeting_group_member where group_id = :id")
					.param("id", groupId)
					.query(UUID.class)
					.list());
		};
	}

	/**
	 * The groups whose meetings the staff member is invited to ({@link #invitees}), found
	 * from the staff member's side: a handful of statements however many are invited.
	 */
	@Transactional(readOnly = true)
	public List<UUID> groupsOf(UUID staffId) {
		Optional<Directory.StaffView> staff = this.directory.staffMember(staffId).filter(Directory.StaffView::active);
		boolean convener = staff.filter(this.steeringGroup::isConvener).isPresent();
		Set<StaffFunction> functions = staff.map(Directory.StaffView::functions).orElse(Set.of());
		Set<UUID> workingGroups = new HashSet<>(
				this.jdbc.sql("select group_id from meeting_group_member where staff_id = :staff")
					.param("staff", staffId)
					.query(UUID.class)
					.list());
		return all().stream().filter((group) -> switch (group.kind()) {
			case STEERING_GROUP -> convener || this.steeringGroup.isMember(staffId);
			case MAS_MAR -> convener || functions.contains(StaffFunction.MAR) || functions.contains(StaffFunction.MAS);
			case WORKING_GROUP -> workingGroups.contains(group.id());
		}).map(GroupView::id).toList();
	}

	/** Whether the staff member may propose agenda items to the group's meetings. */
	@Transactional(readOnly = true)
	public boolean mayPropose(UUID staffId, UUID groupId) {
		return this.steeringGroup.isConvener(staffId) || groupsOf(staffId).contains(groupId);
	}

}

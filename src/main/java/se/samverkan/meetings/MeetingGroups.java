package se.samverkan.meetings;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
import se.samverkan.shared.SqlFragment;
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
	 * from the staff member's side: two statements however many are invited.
	 */
	@Transactional(readOnly = true)
	public List<UUID> groupsOf(UUID staffId) {
		return (staffId != null) ? groupsOf(staffId, this.steeringGroup.standingOf(staffId)) : List.of();
	}

	/** Whether the staff member may propose agenda items to the group's meetings. */
	@Transactional(readOnly = true)
	public boolean mayPropose(UUID staffId, UUID groupId) {
		SteeringGroup.Standing standing = this.steeringGroup.standingOf(staffId);
		return standing.convener() || groupsOf(staffId, standing).contains(groupId);
	}

	private List<UUID> groupsOf(UUID staffId, SteeringGroup.Standing standing) {
		SqlFragment invited = invitedTo(staffId, standing);
		return invited.bind(this.jdbc.sql("select g.id from meeting_group g where " + invited.sql()))
			.query(UUID.class)
			.list();
	}

	/**
	 * Whether the meetings of the group {@code g} are for the staff member of that
	 * standing in the steering group ({@link #invitees}, from the staff member's side),
	 * as a condition: the steering group's for its conveners and members, the MAS/MAR
	 * group's for the conveners and the active staff with MAR or MAS, a working group's
	 * for its members.
	 */
	SqlFragment invitedTo(UUID staffId, SteeringGroup.Standing standing) {
		Map<String, Object> parameters = new HashMap<>();
		List<String> either = new ArrayList<>();
		if (standing.convenerOrMember()) {
			either.add("g.kind = 'STEERING_GROUP'");
		}
		if (standing.convener()) {
			either.add("g.kind = 'MAS_MAR'");
		}
		else {
			SqlFragment masMar = this.directory.holdingAnyOf(staffId, EnumSet.of(StaffFunction.MAR, StaffFunction.MAS));
			either.add("(g.kind = 'MAS_MAR' and " + masMar.sql() + " > 0)");
			parameters.putAll(masMar.parameters());
		}
		either.add("(g.kind = 'WORKING_GROUP' and exists (select 1 from meeting_group_member gm"
				+ " where gm.group_id = g.id and gm.staff_id = :invitedStaff))");
		parameters.put("invitedStaff", staffId);
		return new SqlFragment("(" + String.join(" or ", either) + ")", parameters);
	}

}

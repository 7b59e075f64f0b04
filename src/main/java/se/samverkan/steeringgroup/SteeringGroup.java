package se.samverkan.steeringgroup;

import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.notification.Notice;
import se.samverkan.organisation.Directory;
import se.samverkan.organisation.Directory.PrincipalView;
import se.samverkan.organisation.Directory.StaffView;
import se.samverkan.organisation.Directory.UnitView;
import se.samverkan.organisation.PrincipalKind;
import se.samverkan.organisation.SignedInStaff;
import se.samverkan.organisation.StaffFunction;
import se.samverkan.organisation.UnitKind;
import se.samverkan.shared.Actor;
import se.samverkan.shared.DomainException;
import se.samverkan.shared.ErrorCode;
import se.samverkan.shared.NotFoundException;
import se.samverkan.shared.SqlFragment;
import se.samverkan.shared.StaleVersionException;

/**
 * The steering group's one service (R7, R8): who its members and conveners are, whether
 * the municipalities are all represented, and adding and removing members — which only
 * conveners and administrators may do.
 */
@Service
@Transactional
public class SteeringGroup {

	static final String NOTICE_ADDED = "notice.steering-group.added";

	static final String LINK = "/steering-group";

	private final SteeringGroupMembers members;

	private final Directory directory;

	private final ObjectProvider<NominationMeetings> nominationMeetings;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final JdbcClient jdbc;

	SteeringGroup(SteeringGroupMembers members, Directory directory,
			ObjectProvider<NominationMeetings> nominationMeetings, ApplicationEventPublisher events, Clock clock,
			JdbcClient jdbc) {
		this.members = members;
		this.directory = directory;
		this.nominationMeetings = nominationMeetings;
		this.events = events;
		this.clock = clock;
		this.jdbc = jdbc;
	}

	/** The members with what they represent and their functions, by name. */
	@Transactional(readOnly = true)
	public List<MemberView> members() {
		return views(this.members.findAll());
	}

	/** The units whose conveners plan the steering group's work: BUH and VH (R16). */
	@Transactional(readOnly = true)
	public List<UUID> convenerUnitIds() {
		return convenerUnits().stream().map(UnitView::id).toList();
	}

	/**
	 * The staff with the CONVENER function in BUH and VH ({@link Directory#conveners()}).
	 */
	@Transactional(readOnly = true)
	public List<ConvenerView> conveners() {
		return this.directory.conveners()
			.stream()
			.map((staff) -> new ConvenerView(staff.id(), staff.displayName(), staff.unitId(), staff.unitName()))
			.toList();
	}

	@Transactional(readOnly = true)
	public Set<UUID> convenerStaffIds() {
		return conveners().stream().map(ConvenerView::staffId).collect(Collectors.toCollection(LinkedHashSet::new));
	}

	/** Everyone the steering group's invitations go to: conveners first, then members. */
	@Transactional(readOnly = true)
	public Set<UUID> convenerAndMemberStaffIds() {
		Set<UUID> ids = convenerStaffIds();
		this.members.findAll().forEach((member) -> ids.add(member.staffId()));
		return ids;
	}

	/** Whether the staff member is a member (conveners are not, unless added). */
	@Transactional(readOnly = true)
	public boolean isMember(UUID staffId) {
		return staffId != null && this.members.existsById(staffId);
	}

	/** Whether the staff member is an active convener of an active BUH or VH unit. */
	@Transactional(readOnly = true)
	public boolean isConvener(UUID staffId) {
		return standingOf(staffId).convener();
	}

	/**
	 * Whether the staff member is a member ({@link #isMember}) and whether an active
	 * convener of an active BUH or VH unit, asked together in one statement: a page whose
	 * parts each admit one or both asks once for all of them, for that request only, so
	 * that a member removed loses at once what membership gave.
	 */
	@Transactional(readOnly = true)
	public Standing standingOf(UUID staffId) {
		if (staffId == null) {
			return Standing.NONE;
		}
		SqlFragment convener = this.directory.holdingInActiveUnit(staffId, StaffFunction.CONVENER,
				UnitKind.HABILITATION);
		return convener
			.bind(this.jdbc
				.sql("select (select count(*) from steering_group_member where staff_id = :staff) as member, "
						+ convener.sql() + " as convener"))
			.param("staff", staffId)
			.query((rs, n) -> new Standing(rs.getLong("member") > 0, rs.getLong("convener") > 0))
			.single();
	}

	@Transactional(readOnly = true)
	public boolean isConvenerOrMember(UUID staffId) {
		return standingOf(staffId).convenerOrMember();
	}

	/** Conveners and administrators manage the group and plan its meetings. */
	public boolean mayManage(SignedInStaff me) {
		return me != null && (me.isAdministrator() || me.isConvener());
	}

	/**
	 * The composition rule's state (R7, R8): every municipality should have a
	 * representative; those without one are listed.
	 */
	@Transactional(readOnly = true)
	public Composition composition() {
		return composition(members());
	}

	/** {@link #composition()} of the members already read. */
	@Transactional(readOnly = true)
	public Composition composition(List<MemberView> members) {
		Set<UUID> represented = members.stream().map(MemberView::representsPrincipalId).collect(Collectors.toSet());
		List<PrincipalView> municipalities = this.directory.principals(PrincipalKind.MUNICIPALITY)
			.stream()
			.filter(PrincipalView::active)
			.toList();
		List<Party> unrepresented = municipalities.stream()
			.filter((principal) -> !represented.contains(principal.id()))
			.map((principal) -> new Party(principal.id(), principal.name()))
			.toList();
		return new Composition(municipalities.size(), municipalities.size() - unrepresented.size(), unrepresented);
	}

	/**
	 * Adds a member. Conveners and administrators only; the unit must be a party of the
	 * agreement; a municipality's representative must hold MAR (R8).
	 */
	public MemberView add(SignedInStaff me, AddMember command) {
		requireManager(me);
		return appoint(command, me.staffId());
	}

	/**
	 * Adds a member without an actor's check: for demo content. The rules of {@link #add}
	 * still hold.
	 */
	MemberView appoint(AddMember command, UUID addedBy) {
		StaffView staff = this.directory.staffMember(command.staffId())
			.filter(StaffView::active)
			.orElseThrow(() -> new DomainException(ErrorCode.VALIDATION_FAILED, "error.steering-group.staff-unknown"));
		UnitView unit = this.directory.unit(command.representsUnitId())
			.filter(UnitView::active)
			.orElseThrow(() -> new DomainException(ErrorCode.VALIDATION_FAILED, "error.steering-group.unit-unknown"));
		if (!unit.agreementParty()) {
			throw new DomainException(ErrorCode.VALIDATION_FAILED, "error.steering-group.unit-not-party");
		}
		RepresentationPolicy.check(unit.principalKind(), staff.functions());
		Nomination nomination = (command.nomination() != null) ? command.nomination() : Nomination.NONE;
		checkMeeting(nomination);
		if (this.members.existsById(staff.id())) {
			throw new DomainException(ErrorCode.CONFLICT, "error.steering-group.already-member");
		}
		SteeringGroupMember saved = this.members
			.save(SteeringGroupMember.appoint(staff.id(), unit.id(), nomination, addedBy, this.clock.instant()));
		this.events.publishEvent(
				new SteeringGroupMemberAdded(Actor.current(), saved.staffId(), unit.id(), null, saved.version()));
		this.events.publishEvent(new Notice(Set.of(staff.id()), NOTICE_ADDED, List.of(unit.name()), LINK));
		return member(saved.staffId());
	}

	/**
	 * Records the MAS/MAR group's nomination of a member after the fact (R8); conveners
	 * and administrators only.
	 */
	public MemberView recordNomination(SignedInStaff me, UUID staffId, Nomination nomination) {
		requireManager(me);
		SteeringGroupMember member = this.members.findById(staffId).orElseThrow(NotFoundException::new);
		checkMeeting(nomination);
		Integer before = member.version();
		SteeringGroupMember saved = this.members.save(member.nominated(nomination));
		this.events.publishEvent(new SteeringGroupMemberNominated(Actor.current(), staffId, before, saved.version()));
		return member(staffId);
	}

	/** Removes a member; conveners and administrators only. */
	public void remove(SignedInStaff me, UUID staffId, Integer expectedVersion) {
		requireManager(me);
		SteeringGroupMember member = this.members.findById(staffId).orElseThrow(NotFoundException::new);
		if (expectedVersion != null && !expectedVersion.equals(member.version())) {
			throw new StaleVersionException();
		}
		this.members.delete(member);
		this.events
			.publishEvent(new SteeringGroupMemberRemoved(Actor.current(), staffId, member.version(), member.version()));
	}

	@Transactional(readOnly = true)
	public MemberView member(UUID staffId) {
		return this.members.findById(staffId)
			.map((member) -> views(List.of(member)))
			.flatMap((views) -> views.stream().findFirst())
			.orElseThrow(NotFoundException::new);
	}

	private void checkMeeting(Nomination nomination) {
		if (nomination != null && nomination.meetingId() != null) {
			NominationMeetings meetings = this.nominationMeetings.getIfAvailable();
			if (meetings == null || meetings.masMarMeeting(nomination.meetingId()).isEmpty()) {
				throw new DomainException(ErrorCode.VALIDATION_FAILED, "error.steering-group.meeting-unknown");
			}
		}
	}

	private void requireManager(SignedInStaff me) {
		if (!mayManage(me)) {
			throw new DomainException(ErrorCode.FORBIDDEN, "error.steering-group.conveners-only");
		}
	}

	private List<UnitView> convenerUnits() {
		return this.directory.activeUnits(UnitKind.HABILITATION);
	}

	/**
	 * The members as the page and the API show them, by name: their staff, units and
	 * nomination meetings read together, not per member (issue 7). A member whose staff
	 * or unit is gone is left out.
	 */
	private List<MemberView> views(List<SteeringGroupMember> all) {
		Map<UUID, UnitView> units = this.directory
			.units(all.stream().map(SteeringGroupMember::representsUnitId).collect(Collectors.toSet()));
		Map<UUID, StaffView> staff = this.directory
			.staffMembers(all.stream().map(SteeringGroupMember::staffId).collect(Collectors.toSet()));
		Set<UUID> meetingIds = all.stream()
			.map((member) -> member.nomination().meetingId())
			.filter(Objects::nonNull)
			.collect(Collectors.toSet());
		NominationMeetings nominationMeetings = this.nominationMeetings.getIfAvailable();
		Map<UUID, NominationMeetings.MeetingRef> meetings = (nominationMeetings != null)
				? nominationMeetings.masMarMeetings(meetingIds) : Map.of();
		return all.stream()
			.map((member) -> view(member, staff.get(member.staffId()), units, meetings))
			.filter(Objects::nonNull)
			.sorted(Comparator.comparing(MemberView::displayName))
			.toList();
	}

	private MemberView view(SteeringGroupMember member, StaffView staff, Map<UUID, UnitView> units,
			Map<UUID, NominationMeetings.MeetingRef> meetings) {
		UnitView unit = units.get(member.representsUnitId());
		if (staff == null || unit == null) {
			return null;
		}
		Nomination nomination = member.nomination();
		NominationMeetings.MeetingRef meeting = (nomination.meetingId() != null) ? meetings.get(nomination.meetingId())
				: null;
		return new MemberView(staff.id(), staff.displayName(), staff.unitName(), unit.id(), unit.name(),
				unit.principalId(), unit.principalName(), unit.principalKind() == PrincipalKind.MUNICIPALITY,
				Set.copyOf(staff.functions()), nomination.nominatedOn(), nomination.meetingId(),
				(meeting != null) ? meeting.title() : null, member.version());
	}

	/** What adding a member takes. */
	public record AddMember(UUID staffId, UUID representsUnitId, Nomination nomination) {
	}

	/** A member as the group's page and API show them. */
	public record MemberView(UUID staffId, String displayName, String ownUnitName, UUID representsUnitId,
			String representsUnitName, UUID representsPrincipalId, String representsPrincipalName,
			boolean representsMunicipality, Set<StaffFunction> functions, java.time.LocalDate nominatedOn,
			UUID nominationMeetingId, String nominationMeetingTitle, Integer version) {

		public List<StaffFunction> sortedFunctions() {
			return this.functions.stream().sorted().toList();
		}

	}

	/**
	 * A staff member's place in the steering group: a member, a convener (who is not a
	 * member unless added), both or neither.
	 */
	public record Standing(boolean member, boolean convener) {

		/** Neither a member nor a convener. */
		public static final Standing NONE = new Standing(false, false);

		public boolean convenerOrMember() {
			return this.member || this.convener;
		}

	}

	/** A convener: a staff member with the CONVENER function in BUH or VH. */
	public record ConvenerView(UUID staffId, String displayName, UUID unitId, String unitName) {
	}

	/** A party by id and name. */
	public record Party(UUID id, String name) {
	}

	/** How many municipalities there are, how many are represented, and who is not. */
	public record Composition(int municipalities, int represented, List<Party> unrepresented) {

		public boolean complete() {
			return this.unrepresented.isEmpty();
		}

	}

}

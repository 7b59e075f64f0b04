package se.samverkan.meetings;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.matters.MatterManagement;
import se.samverkan.organisation.Directory;
import se.samverkan.shared.Filter;
import se.samverkan.shared.NotFoundException;
import se.samverkan.shared.Page;
import se.samverkan.shared.PageRequest;
import se.samverkan.shared.CalendarYear;
import se.samverkan.shared.SqlFragment;
import se.samverkan.shared.Timestamps;
import se.samverkan.steeringgroup.SteeringGroup;

/**
 * The read side of the meetings: one meeting with everything the page, the API, the
 * calendar and the PDF show; lists; the decision register; and whether the steering group
 * meets twice a year (R16).
 */
@Service
@Transactional(readOnly = true)
public class MeetingViews {

	/** Steering-group meetings a year (R16). */
	public static final int REQUIRED_PER_YEAR = 2;

	/** A meeting's summary: its columns and tables, for a select. */
	private static final String SUMMARY = """
			m.id, m.group_id, g.name as group_name, g.kind, m.title, m.starts_at, m.ends_at, m.location,
			m.status, m.minutes_status
			from meeting m join meeting_group g on g.id = m.group_id
			""";

	private static final String SUMMARY_SELECT = "select " + SUMMARY;

	/** The meetings {@code m} whose minutes wait for the approval of {@code :staff}. */
	private static final String AWAITING_APPROVAL = """
			where m.minutes_status = 'IN_APPROVAL'
			  and exists (select 1 from meeting_attendee a where a.meeting_id = m.id and a.staff_id = :staff)
			  and not exists (select 1 from minutes_approval p where p.meeting_id = m.id and p.staff_id = :staff)
			""";

	private static final String DECISION_SELECT = """
			select d.id, d.meeting_id, m.title as meeting_title, m.starts_at, d.agenda_item_id,
			       a.title as item_title, a.matter_id, d.text, d.review_on, m.minutes_status
			from meeting_decision d join meeting m on m.id = d.meeting_id
			left join agenda_item a on a.id = d.agenda_item_id
			""";

	private final Meetings meetings;

	private final MeetingGroups groups;

	private final AgendaBacklog backlog;

	private final Directory directory;

	private final JdbcClient jdbc;

	private final MatterManagement matters;

	private final Clock clock;

	MeetingViews(Meetings meetings, MeetingGroups groups, AgendaBacklog backlog, Directory directory, JdbcClient jdbc,
			MatterManagement matters, Clock clock) {
		this.meetings = meetings;
		this.groups = groups;
		this.backlog = backlog;
		this.directory = directory;
		this.jdbc = jdbc;
		this.matters = matters;
		this.clock = clock;
	}

	public MeetingView meeting(UUID id) {
		Meeting meeting = this.meetings.find(id).orElseThrow(NotFoundException::new);
		return view(meeting);
	}

	/** Meetings starting in the interval (either end may be open), earliest first. */
	public Page<MeetingSummary> meetings(Instant from, Instant to, UUID groupId, PageRequest page) {
		return meetings(from, to, groupId, " order by m.starts_at, m.id", page);
	}

	/**
	 * Meetings starting in the interval (either end may be open), newest first: the past
	 * ones, paged back in time over the meetings' start index.
	 */
	public Page<MeetingSummary> meetingsNewestFirst(Instant from, Instant to, UUID groupId, PageRequest page) {
		return meetings(from, to, groupId, " order by m.starts_at desc, m.id desc", page);
	}

	private Page<MeetingSummary> meetings(Instant from, Instant to, UUID groupId, String order, PageRequest page) {
		Filter filter = new Filter().and("m.starts_at >= :from", "from", Timestamps.utc(from))
			.and("m.starts_at < :to", "to", Timestamps.utc(to))
			.and("m.group_id = :group", "group", groupId);
		long total = filter.bind(this.jdbc.sql("select count(*) from meeting m" + filter.where()))
			.query(Long.class)
			.single();
		List<MeetingSummary> items = filter
			.bind(this.jdbc.sql(SUMMARY_SELECT + filter.where() + order + " limit :limit offset :offset"))
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(this::summary)
			.list();
		return new Page<>(items, page.page(), page.size(), total);
	}

	/**
	 * What the start page shows of the staff member's meetings, of that standing in the
	 * steering group, in one statement: the next planned meeting of the groups they are
	 * invited to ({@link MeetingGroups#groupsOf}), and those whose minutes wait for their
	 * approval ({@link #minutesAwaitingApprovalOf}).
	 */
	public MeetingInbox inboxOf(UUID staffId, SteeringGroup.Standing standing) {
		SqlFragment invited = this.groups.invitedTo(staffId, standing);
		List<MeetingSummary> next = new ArrayList<>();
		List<MeetingSummary> minutes = new ArrayList<>();
		invited
			.bind(this.jdbc.sql("(select 1 as part, " + SUMMARY + " where m.status = 'PLANNED' and m.starts_at >= :from"
					+ " and m.group_id in (select g.id from meeting_group g where " + invited.sql() + ")"
					+ " order by m.starts_at, m.id limit 1)" + " union all (select 2 as part, " + SUMMARY
					+ AWAITING_APPROVAL + ") order by part, starts_at, id"))
			.param("from", Timestamps.utc(this.clock.instant()))
			.param("staff", staffId)
			.query((rs) -> {
				((rs.getInt("part") == 1) ? next : minutes).add(summary(rs, 0));
			});
		return new MeetingInbox(next.isEmpty() ? null : next.get(0), minutes);
	}

	/** Meetings whose minutes wait for the staff member's approval. */
	public List<MeetingSummary> minutesAwaitingApprovalOf(UUID staffId) {
		return this.jdbc.sql(SUMMARY_SELECT + AWAITING_APPROVAL + " order by m.starts_at, m.id")
			.param("staff", staffId)
			.query(this::summary)
			.list();
	}

	/** The decision register, newest first; optionally only those to review by a date. */
	public Page<DecisionView> decisions(LocalDate reviewBy, PageRequest page) {
		Filter filter = new Filter().and("d.review_on <= :review", "review", reviewBy);
		long total = filter.bind(this.jdbc.sql("select count(*) from meeting_decision d" + filter.where()))
			.query(Long.class)
			.single();
		List<DecisionView> items = filter
			.bind(this.jdbc.sql(DECISION_SELECT + filter.where()
					+ " order by m.starts_at desc, d.position limit :limit offset :offset"))
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(this::decisionRow)
			.list();
		return new Page<>(items, page.page(), page.size(), total);
	}

	/** One decision of the register, if it exists. */
	public Optional<DecisionView> decision(UUID id) {
		return this.jdbc.sql(DECISION_SELECT + " where d.id = :id").param("id", id).query(this::decisionRow).optional();
	}

	/** Several decisions of the register by id, in one query (a list that cites them). */
	public Map<UUID, DecisionView> decisions(Collection<UUID> ids) {
		Map<UUID, DecisionView> found = new HashMap<>();
		if (!ids.isEmpty()) {
			this.jdbc.sql(DECISION_SELECT + " where d.id in (:ids)")
				.param("ids", ids)
				.query(this::decisionRow)
				.list()
				.forEach((decision) -> found.put(decision.id(), decision));
		}
		return found;
	}

	/**
	 * The latest decisions whose minutes are settled (sent for approval or approved),
	 * newest first: only these keep their identity, since a draft's decisions are
	 * rewritten with the draft.
	 */
	public List<DecisionView> settledDecisions(int limit) {
		return this.jdbc
			.sql(DECISION_SELECT + " where m.minutes_status in ('IN_APPROVAL', 'APPROVED')"
					+ " order by m.starts_at desc, d.position limit :limit")
			.param("limit", limit)
			.query(this::decisionRow)
			.list();
	}

	/** Whether the steering group meets twice in the year (R16): held and planned. */
	public ScheduleState steeringGroupSchedule(int year) {
		CalendarYear calendarYear = CalendarYear.of(year, this.clock.getZone());
		Map<String, Long> counts = new HashMap<>();
		this.jdbc.sql("""
				select status, count(*) as n from meeting
				where group_id = :group and starts_at >= :from and starts_at < :to group by status
				""")
			.param("group", MeetingGroups.STEERING_GROUP)
			.param("from", calendarYear.from())
			.param("to", calendarYear.to())
			.query((rs) -> {
				counts.put(rs.getString("status"), rs.getLong("n"));
			});
		int planned = counts.getOrDefault(MeetingStatus.PLANNED.name(), 0L).intValue();
		int held = counts.getOrDefault(MeetingStatus.HELD.name(), 0L).intValue();
		return new ScheduleState(year, planned, held, REQUIRED_PER_YEAR, planned + held >= REQUIRED_PER_YEAR);
	}

	/** The items waiting for a meeting of the group. */
	public List<BacklogItemView> backlog(UUID groupId) {
		List<AgendaBacklog.BacklogItem> items = this.backlog.of(groupId);
		Names names = names(items.stream().map(AgendaBacklog.BacklogItem::proposedBy));
		Map<UUID, String> matterTitles = matterTitles(items.stream().map(AgendaBacklog.BacklogItem::matterId));
		return items.stream()
			.map((item) -> new BacklogItemView(item.id(), item.title(), item.matterId(),
					matterTitles.get(item.matterId()), names.of(item.proposedBy()), item.proposedAt(),
					item.carriedFromMeetingId() != null))
			.toList();
	}

	MeetingView view(Meeting meeting) {
		GroupView group = this.groups.find(meeting.groupId()).orElseThrow();
		Set<UUID> invited = this.groups.invitees(meeting.groupId());
		Names names = names(Stream
			.of(meeting.agenda().stream().map(Meeting.AgendaItem::proposedBy),
					meeting.actions().stream().map(Meeting.ActionItem::responsibleStaffId),
					meeting.attendees().stream(), invited.stream())
			.flatMap(Function.identity()));
		Map<UUID, String> matterTitles = matterTitles(meeting.agenda().stream().map(Meeting.AgendaItem::matterId));
		List<AgendaItemView> agenda = new ArrayList<>();
		int number = 1;
		for (Meeting.AgendaItem item : meeting.agenda()) {
			agenda.add(new AgendaItemView(item.id(), number++, item.title(), item.matterId(),
					matterTitles.get(item.matterId()), names.of(item.proposedBy()), item.standing(), item.notes(),
					item.outcome(), item.unfinished(), item.carriedFromId() != null));
		}
		Map<UUID, String> itemTitles = new HashMap<>();
		meeting.agenda().forEach((item) -> itemTitles.put(item.id(), item.title()));
		Map<UUID, UUID> itemMatters = new HashMap<>();
		meeting.agenda()
			.stream()
			.filter((item) -> item.matterId() != null)
			.forEach((item) -> itemMatters.put(item.id(), item.matterId()));
		List<DecisionView> decisions = meeting.decisions()
			.stream()
			.map((d) -> new DecisionView(d.id(), meeting.id(), meeting.title(), date(meeting.startsAt()),
					d.agendaItemId(), itemTitles.get(d.agendaItemId()), itemMatters.get(d.agendaItemId()), d.text(),
					d.reviewOn(), meeting.minutesStatus()))
			.toList();
		List<ActionItemView> actions = meeting.actions()
			.stream()
			.map((a) -> new ActionItemView(a.id(), a.agendaItemId(), itemTitles.get(a.agendaItemId()), a.title(),
					names.of(a.responsibleStaffId()), a.dueOn(), a.done()))
			.toList();
		List<Person> attendees = meeting.attendees()
			.stream()
			.map(names::of)
			.sorted(Comparator.comparing(Person::displayName))
			.toList();
		Set<UUID> approvals = meeting.approvals().keySet();
		List<Person> approvedBy = attendees.stream().filter((p) -> approvals.contains(p.staffId())).toList();
		List<Person> awaiting = (meeting.minutesStatus() == MinutesStatus.IN_APPROVAL)
				? attendees.stream().filter((p) -> !approvals.contains(p.staffId())).toList() : List.of();
		List<Person> invitees = invited.stream()
			.map(names::of)
			.sorted(Comparator.comparing(Person::displayName))
			.toList();
		List<UpdateRef> updates = (group.kind() == GroupKind.STEERING_GROUP) ? operationsUpdates(meeting) : List.of();
		return new MeetingView(meeting.id(), group, meeting.title(), meeting.startsAt(), meeting.endsAt(),
				meeting.location(), meeting.videoLink(), meeting.status(), meeting.minutesStatus(), meeting.sequence(),
				meeting.version(), agenda, invitees, attendees, approvedBy, awaiting, decisions, actions, updates);
	}

	/**
	 * The parties' updates for the standing item (R19, R20): those published since the
	 * group's previous meeting (at most half a year back) until the meeting starts.
	 */
	private List<UpdateRef> operationsUpdates(Meeting meeting) {
		Instant until = meeting.startsAt().isBefore(this.clock.instant()) ? meeting.startsAt() : this.clock.instant();
		Instant previous = this.jdbc.sql("""
				select max(starts_at) as previous from meeting
				where group_id = :group and status <> 'CANCELLED' and starts_at < :starts
				""")
			.param("group", meeting.groupId())
			.param("starts", Timestamps.utc(meeting.startsAt()))
			.query((rs, n) -> Timestamps.instant(rs, "previous"))
			.optional()
			.orElse(null);
		Instant halfYear = ZonedDateTime.ofInstant(meeting.startsAt(), this.clock.getZone()).minusMonths(6).toInstant();
		Instant since = (previous != null && previous.isAfter(halfYear)) ? previous : halfYear;
		return this.directory.updatesPublished(since, until, PageRequest.MAX_SIZE)
			.stream()
			.map((u) -> new UpdateRef(u.id(), u.unitName(), u.authorName(), u.title(), u.body(), u.publishedAt()))
			.toList();
	}

	private DecisionView decisionRow(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new DecisionView(Meetings.uuid(rs, "id"), Meetings.uuid(rs, "meeting_id"), rs.getString("meeting_title"),
				date(Timestamps.instant(rs, "starts_at")), Meetings.uuid(rs, "agenda_item_id"),
				rs.getString("item_title"), Meetings.uuid(rs, "matter_id"), rs.getString("text"),
				rs.getObject("review_on", LocalDate.class), MinutesStatus.valueOf(rs.getString("minutes_status")));
	}

	private MeetingSummary summary(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new MeetingSummary(Meetings.uuid(rs, "id"), Meetings.uuid(rs, "group_id"), rs.getString("group_name"),
				GroupKind.valueOf(rs.getString("kind")), rs.getString("title"), Timestamps.instant(rs, "starts_at"),
				Timestamps.instant(rs, "ends_at"), rs.getString("location"),
				MeetingStatus.valueOf(rs.getString("status")), MinutesStatus.valueOf(rs.getString("minutes_status")));
	}

	/**
	 * The titles of the matters linked, in one statement; an item without a matter has
	 * none.
	 */
	private Map<UUID, String> matterTitles(Stream<UUID> matterIds) {
		return this.matters.titles(matterIds.filter(Objects::nonNull).collect(Collectors.toSet()));
	}

	/** The names of the staff a page shows, in one statement. */
	private Names names(Stream<UUID> staffIds) {
		return new Names(this.directory.displayNames(staffIds.filter(Objects::nonNull).collect(Collectors.toSet())));
	}

	private LocalDate date(Instant instant) {
		return (instant != null) ? instant.atZone(this.clock.getZone()).toLocalDate() : null;
	}

	/**
	 * Staff names by id, read together; a staff member no longer in the directory is "–".
	 */
	private record Names(Map<UUID, String> byId) {

		Person of(UUID staffId) {
			return (staffId != null) ? new Person(staffId, this.byId.getOrDefault(staffId, "–")) : null;
		}

	}

	/** A meeting with everything it holds. */
	public record MeetingView(UUID id, GroupView group, String title, Instant startsAt, Instant endsAt, String location,
			String videoLink, MeetingStatus status, MinutesStatus minutesStatus, int sequence, int version,
			List<AgendaItemView> agenda, List<Person> invitees, List<Person> attendees, List<Person> approvedBy,
			List<Person> awaitingApproval, List<DecisionView> decisions, List<ActionItemView> actions,
			List<UpdateRef> operationsUpdates) {

		public boolean isAttendee(UUID staffId) {
			return this.attendees.stream().anyMatch((p) -> p.staffId().equals(staffId));
		}

		public boolean awaitsApprovalOf(UUID staffId) {
			return this.awaitingApproval.stream().anyMatch((p) -> p.staffId().equals(staffId));
		}

		public List<DecisionView> decisionsOf(UUID agendaItemId) {
			return this.decisions.stream().filter((d) -> agendaItemId.equals(d.agendaItemId())).toList();
		}

		public List<ActionItemView> actionsOf(UUID agendaItemId) {
			return this.actions.stream().filter((a) -> agendaItemId.equals(a.agendaItemId())).toList();
		}

	}

	/** An agenda item, numbered from 1. */
	public record AgendaItemView(UUID id, int number, String title, UUID matterId, String matterTitle,
			Person proposedBy, boolean standing, String notes, Outcome outcome, boolean unfinished,
			boolean carriedOver) {
	}

	/** A decision in the register. */
	public record DecisionView(UUID id, UUID meetingId, String meetingTitle, LocalDate decidedOn, UUID agendaItemId,
			String agendaItemTitle, UUID matterId, String text, LocalDate reviewOn, MinutesStatus minutesStatus) {
	}

	/** An action with the person responsible and the due date. */
	public record ActionItemView(UUID id, UUID agendaItemId, String agendaItemTitle, String title, Person responsible,
			LocalDate dueOn, boolean done) {
	}

	/** A staff member by id and name. */
	public record Person(UUID staffId, String displayName) {
	}

	/** An update about a party's operations, for the standing item. */
	public record UpdateRef(UUID id, String unitName, String authorName, String title, String body,
			Instant publishedAt) {
	}

	/**
	 * The staff member's next planned meeting ({@code null} without one) and the meetings
	 * whose minutes wait for their approval, earliest first.
	 */
	public record MeetingInbox(MeetingSummary nextMeeting, List<MeetingSummary> minutesToApprove) {
	}

	/** A meeting as lists show it. */
	public record MeetingSummary(UUID id, UUID groupId, String groupName, GroupKind groupKind, String title,
			Instant startsAt, Instant endsAt, String location, MeetingStatus status, MinutesStatus minutesStatus) {
	}

	/** An agenda item waiting for a meeting. */
	public record BacklogItemView(UUID id, String title, UUID matterId, String matterTitle, Person proposedBy,
			Instant proposedAt, boolean carriedOver) {
	}

	/** The steering group's meetings in a year against the requirement (R16). */
	public record ScheduleState(int year, int planned, int held, int required, boolean meetsRequirement) {
	}

}

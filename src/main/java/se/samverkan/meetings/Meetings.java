package se.samverkan.meetings;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.samverkan.shared.StaleVersionException;
import se.samverkan.shared.Timestamps;

import static se.samverkan.shared.Timestamps.utc;

/**
 * Meetings with their agendas, attendance, approvals, decisions and actions, with plain
 * SQL. Saving checks the version and rewrites the children.
 */
@Repository
class Meetings {

	private static final String SELECT = """
			select id, group_id, title, starts_at, ends_at, location, video_link, status, minutes_status,
			       sequence, created_by, version from meeting
			""";

	private final JdbcClient jdbc;

	Meetings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Meeting> find(UUID id) {
		return this.jdbc.sql(SELECT + " where id = :id").param("id", id).query(this::row).optional().map(this::load);
	}

	/** The group's meetings that are planned, from a point in time, earliest first. */
	List<Meeting> plannedAfter(UUID groupId, Instant after) {
		return this.jdbc
			.sql(SELECT + " where group_id = :group and status = 'PLANNED' and starts_at > :after "
					+ "order by starts_at, id")
			.param("group", groupId)
			.param("after", utc(after))
			.query(this::row)
			.list()
			.stream()
			.map(this::load)
			.toList();
	}

	void insert(Meeting meeting) {
		this.jdbc.sql("""
				insert into meeting (id, group_id, title, starts_at, ends_at, location, video_link, status,
				                     minutes_status, sequence, created_by, version)
				values (:id, :group, :title, :starts, :ends, :location, :video, :status, :minutes, :sequence,
				        :createdBy, :version)
				""")
			.param("id", meeting.id())
			.param("group", meeting.groupId())
			.param("createdBy", meeting.createdBy())
			.param("version", meeting.version())
			.param("title", meeting.title())
			.param("starts", utc(meeting.startsAt()))
			.param("ends", utc(meeting.endsAt()))
			.param("location", meeting.location())
			.param("video", meeting.videoLink())
			.param("status", meeting.status().name())
			.param("minutes", meeting.minutesStatus().name())
			.param("sequence", meeting.sequence())
			.update();
		writeChildren(meeting);
	}

	/** Saves a changed meeting whose version was read as {@code readVersion}. */
	void update(Meeting meeting, int readVersion) {
		int rows = this.jdbc.sql("""
				update meeting set title = :title, starts_at = :starts, ends_at = :ends, location = :location,
				       video_link = :video, status = :status, minutes_status = :minutes, sequence = :sequence,
				       version = :version
				where id = :id and version = :readVersion
				""")
			.param("id", meeting.id())
			.param("readVersion", readVersion)
			.param("version", meeting.version())
			.param("title", meeting.title())
			.param("starts", utc(meeting.startsAt()))
			.param("ends", utc(meeting.endsAt()))
			.param("location", meeting.location())
			.param("video", meeting.videoLink())
			.param("status", meeting.status().name())
			.param("minutes", meeting.minutesStatus().name())
			.param("sequence", meeting.sequence())
			.update();
		if (rows != 1) {
			throw new StaleVersionException();
		}
		for (String table : List.of("agenda_item", "meeting_attendee", "minutes_approval", "meeting_decision",
				"meeting_action_item")) {
			this.jdbc.sql("delete from " + table + " where meeting_id = :id").param("id", meeting.id()).update();
		}
		writeChildren(meeting);
	}

	private void writeChildren(Meeting meeting) {
		int position = 0;
		for (Meeting.AgendaItem item : meeting.agenda()) {
			this.jdbc.sql("""
					insert into agenda_item (id, meeting_id, position, title, matter_id, proposed_by, standing, notes,
					                         outcome, unfinished, carried_from_id)
					values (:id, :meeting, :position, :title, :matter, :proposedBy, :standing, :notes, :outcome,
					        :unfinished, :carriedFrom)
					""")
				.param("id", item.id())
				.param("meeting", meeting.id())
				.param("position", position++)
				.param("title", item.title())
				.param("matter", item.matterId())
				.param("proposedBy", item.proposedBy())
				.param("standing", item.standing())
				.param("notes", item.notes())
				.param("outcome", (item.outcome() != null) ? item.outcome().name() : null)
				.param("unfinished", item.unfinished())
				.param("carriedFrom", item.carriedFromId())
				.update();
		}
		for (UUID staffId : meeting.attendees()) {
			this.jdbc.sql("insert into meeting_attendee (meeting_id, staff_id) values (:meeting, :staff)")
				.param("meeting", meeting.id())
				.param("staff", staffId)
				.update();
		}
		meeting.approvals()
			.forEach((staffId, at) -> this.jdbc
				.sql("insert into minutes_approval (meeting_id, staff_id, approved_at) values (:meeting, :staff, :at)")
				.param("meeting", meeting.id())
				.param("staff", staffId)
				.param("at", utc(at))
				.update());
		position = 0;
		for (Meeting.Decision decision : meeting.decisions()) {
			this.jdbc.sql("""
					insert into meeting_decision (id, meeting_id, agenda_item_id, position, text, review_on)
					values (:id, :meeting, :item, :position, :text, :review)
					""")
				.param("id", decision.id())
				.param("meeting", meeting.id())
				.param("item", decision.agendaItemId())
				.param("position", position++)
				.param("text", decision.text())
				.param("review", decision.reviewOn())
				.update();
		}
		position = 0;
		for (Meeting.ActionItem action : meeting.actions()) {
			this.jdbc.sql("""
					insert into meeting_action_item (id, meeting_id, agenda_item_id, position, title,
					                                 responsible_staff_id, due_on, done)
					values (:id, :meeting, :item, :position, :title, :responsible, :due, :done)
					""")
				.param("id", action.id())
				.param("meeting", meeting.id())
				.param("item", action.agendaItemId())
				.param("position", position++)
				.param("title", action.title())
				.param("responsible", action.responsibleStaffId())
				.param("due", action.dueOn())
				.param("done", action.done())
				.update();
		}
	}

	private Meeting load(Row row) {
		List<Meeting.AgendaItem> agenda = this.jdbc.sql("""
				select id, title, matter_id, proposed_by, standing, notes, outcome, unfinished, carried_from_id
				from agenda_item where meeting_id = :id order by position
				""").param("id", row.id()).query((rs, n) -> {
			String outcome = rs.getString("outcome");
			return new Meeting.AgendaItem(uuid(rs, "id"), rs.getString("title"), uuid(rs, "matter_id"),
					uuid(rs, "proposed_by"), rs.getBoolean("standing"), rs.getString("notes"),
					(outcome != null) ? Outcome.valueOf(outcome) : null, rs.getBoolean("unfinished"),
					uuid(rs, "carried_from_id"));
		}).list();
		Set<UUID> attendees = new LinkedHashSet<>(
				this.jdbc.sql("select staff_id from meeting_attendee where meeting_id = :id")
					.param("id", row.id())
					.query((rs, n) -> uuid(rs, "staff_id"))
					.list());
		Map<UUID, Instant> approvals = new LinkedHashMap<>();
		this.jdbc.sql("select staff_id, approved_at from minutes_approval where meeting_id = :id order by approved_at")
			.param("id", row.id())
			.query((rs) -> {
				approvals.put(uuid(rs, "staff_id"), Timestamps.instant(rs, "approved_at"));
			});
		List<Meeting.Decision> decisions = this.jdbc
			.sql("select id, agenda_item_id, text, review_on from meeting_decision where meeting_id = :id "
					+ "order by position")
			.param("id", row.id())
			.query((rs, n) -> new Meeting.Decision(uuid(rs, "id"), uuid(rs, "agenda_item_id"), rs.getString("text"),
					rs.getObject("review_on", LocalDate.class)))
			.list();
		List<Meeting.ActionItem> actions = this.jdbc.sql("""
				select id, agenda_item_id, title, responsible_staff_id, due_on, done
				from meeting_action_item where meeting_id = :id order by position
				""")
			.param("id", row.id())
			.query((rs, n) -> new Meeting.ActionItem(uuid(rs, "id"), uuid(rs, "agenda_item_id"), rs.getString("title"),
					uuid(rs, "responsible_staff_id"), rs.getObject("due_on", LocalDate.class), rs.getBoolean("done")))
			.list();
		return new Meeting(row.id(), row.groupId(), row.title(), row.startsAt(), row.endsAt(), row.location(),
				row.videoLink(), row.status(), row.minutesStatus(), row.sequence(), row.createdBy(), row.version(),
				agenda, attendees, approvals, decisions, actions);
	}

	private Row row(ResultSet rs, int n) throws SQLException {
		return new Row(uuid(rs, "id"), uuid(rs, "group_id"), rs.getString("title"), Timestamps.instant(rs, "starts_at"),
				Timestamps.instant(rs, "ends_at"), rs.getString("location"), rs.getString("video_link"),
				MeetingStatus.valueOf(rs.getString("status")), MinutesStatus.valueOf(rs.getString("minutes_status")),
				rs.getInt("sequence"), uuid(rs, "created_by"), rs.getInt("version"));
	}

	static UUID uuid(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, UUID.class);
	}

	private record Row(UUID id, UUID groupId, String title, Instant startsAt, Instant endsAt, String location,
			String videoLink, MeetingStatus status, MinutesStatus minutesStatus, int sequence, UUID createdBy,
			int version) {
	}

}

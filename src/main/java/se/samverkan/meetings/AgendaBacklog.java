package se.samverkan.meetings;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.samverkan.shared.Timestamps;

/**
 * Agenda items waiting for a meeting: proposals not yet scheduled, and unfinished items
 * carried over when the group had no next meeting planned.
 */
@Repository
class AgendaBacklog {

	private final JdbcClient jdbc;

	AgendaBacklog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void add(BacklogItem item) {
		this.jdbc.sql("""
				insert into agenda_backlog_item (id, group_id, title, matter_id, proposed_by, proposed_at,
				                                 carried_from_meeting_id)
				values (:id, :group, :title, :matter, :proposedBy, :at, :carriedFrom)
				""")
			.param("id", item.id())
			.param("group", item.groupId())
			.param("title", item.title())
			.param("matter", item.matterId())
			.param("proposedBy", item.proposedBy())
			.param("at", Timestamps.utc(item.proposedAt()))
			.param("carriedFrom", item.carriedFromMeetingId())
			.update();
	}

	List<BacklogItem> of(UUID groupId) {
		return this.jdbc.sql("""
				select id, group_id, title, matter_id, proposed_by, proposed_at, carried_from_meeting_id
				from agenda_backlog_item where group_id = :group order by proposed_at, id
				""")
			.param("group", groupId)
			.query((rs, n) -> new BacklogItem(Meetings.uuid(rs, "id"), Meetings.uuid(rs, "group_id"),
					rs.getString("title"), Meetings.uuid(rs, "matter_id"), Meetings.uuid(rs, "proposed_by"),
					Timestamps.instant(rs, "proposed_at"), Meetings.uuid(rs, "carried_from_meeting_id")))
			.list();
	}

	Optional<BacklogItem> find(UUID id) {
		return this.jdbc.sql("select group_id from agenda_backlog_item where id = :id")
			.param("id", id)
			.query(UUID.class)
			.optional()
			.flatMap((group) -> of(group).stream().filter((item) -> item.id().equals(id)).findFirst());
	}

	void remove(UUID id) {
		this.jdbc.sql("delete from agenda_backlog_item where id = :id").param("id", id).update();
	}

	/** An item waiting for a meeting. */
	record BacklogItem(UUID id, UUID groupId, String title, UUID matterId, UUID proposedBy, Instant proposedAt,
			UUID carriedFromMeetingId) {
	}

}

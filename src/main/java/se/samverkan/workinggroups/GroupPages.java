package se.samverkan.workinggroups;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.samverkan.shared.PageRequest;

import static se.samverkan.shared.Timestamps.instant;

/**
 * A page of the working groups, newest first, with their members, milestones and reports
 * (R18): four statements for the page, where the repository read each group's three
 * collections in statements of their own.
 */
@Repository
class GroupPages {

	private static final String OF_GROUPS = " where working_group_id in (:groups)";

	private final JdbcClient jdbc;

	GroupPages(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The page's groups, newest formed first. */
	List<WorkingGroup> newestFirst(PageRequest page) {
		List<Row> rows = this.jdbc.sql("""
				select id, activity_id, directive_id, lead_staff_id, name, formed_by, formed_at, completed_at, version
				from working_group order by formed_at desc, id limit :limit offset :offset
				""").param("limit", page.size()).param("offset", page.offset()).query((rs, row) -> {
			return new Row(id(rs, "id"), id(rs, "activity_id"), id(rs, "directive_id"), id(rs, "lead_staff_id"),
					rs.getString("name"), id(rs, "formed_by"), instant(rs, "formed_at"), instant(rs, "completed_at"),
					rs.getInt("version"));
		}).list();
		if (rows.isEmpty()) {
			return List.of();
		}
		List<UUID> ids = rows.stream().map(Row::id).toList();
		Map<UUID, Set<WorkingGroup.Member>> members = new HashMap<>();
		this.jdbc.sql("""
				select working_group_id, staff_id, mandate, added_at, mandate_approved_by, mandate_approved_at
				from working_group_member""" + OF_GROUPS).param("groups", ids).query((rs) -> {
			members.computeIfAbsent(id(rs, "working_group_id"), (key) -> new HashSet<>())
				.add(new WorkingGroup.Member(id(rs, "staff_id"), rs.getString("mandate"), instant(rs, "added_at"),
						id(rs, "mandate_approved_by"), instant(rs, "mandate_approved_at")));
		});
		Map<UUID, List<WorkingGroup.Milestone>> milestones = new HashMap<>();
		this.jdbc
			.sql("select working_group_id, title, due_on, done_on from working_group_milestone" + OF_GROUPS
					+ " order by working_group_id, position")
			.param("groups", ids)
			.query((rs) -> {
				milestones.computeIfAbsent(id(rs, "working_group_id"), (key) -> new ArrayList<>())
					.add(new WorkingGroup.Milestone(rs.getString("title"), rs.getObject("due_on", LocalDate.class),
							rs.getObject("done_on", LocalDate.class)));
			});
		Map<UUID, Set<WorkingGroup.Report>> reports = new HashMap<>();
		this.jdbc
			.sql("select working_group_id, report_id, kind, text, posted_by, posted_at from working_group_report"
					+ OF_GROUPS)
			.param("groups", ids)
			.query((rs) -> {
				reports.computeIfAbsent(id(rs, "working_group_id"), (key) -> new HashSet<>())
					.add(new WorkingGroup.Report(id(rs, "report_id"), ReportKind.valueOf(rs.getString("kind")),
							rs.getString("text"), id(rs, "posted_by"), instant(rs, "posted_at")));
			});
		return rows.stream()
			.map((row) -> new WorkingGroup(row.id(), row.activityId(), row.directiveId(), row.leadStaffId(), row.name(),
					row.formedBy(), row.formedAt(), row.completedAt(), members.getOrDefault(row.id(), Set.of()),
					milestones.getOrDefault(row.id(), List.of()), reports.getOrDefault(row.id(), Set.of()),
					row.version()))
			.toList();
	}

	private static UUID id(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, UUID.class);
	}

	/** A group's own columns, before its collections are read. */
	private record Row(UUID id, UUID activityId, UUID directiveId, UUID leadStaffId, String name, UUID formedBy,
			Instant formedAt, Instant completedAt, int version) {
	}

}

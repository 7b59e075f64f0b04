package se.samverkan.resources;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.samverkan.activityplans.ApprovalStatus;
import se.samverkan.shared.Page;
import se.samverkan.shared.PageRequest;

import static se.samverkan.shared.Timestamps.instant;

/**
 * Reads resource agreements with their parties and approvals in three statements however
 * many (issue 7), where the repository reads each agreement's parties and approvals in
 * two statements of their own.
 */
@Component
class ResourceAgreementReads {

	private static final String SELECT = """
			select id, title, description, status, proposed_by, proposed_at, approved_at, version
			from resource_agreement
			""";

	private final JdbcClient jdbc;

	ResourceAgreementReads(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One page of the agreements, newest proposed first. */
	Page<ResourceAgreement> page(PageRequest page) {
		long total = this.jdbc.sql("select count(*) from resource_agreement").query(Long.class).single();
		List<Row> rows = this.jdbc.sql(SELECT + " order by proposed_at desc, id limit :limit offset :offset")
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(ResourceAgreementReads::row)
			.list();
		return new Page<>(withPartiesAndApprovals(rows), page.page(), page.size(), total);
	}

	/** The agreement with that id. */
	Optional<ResourceAgreement> byId(UUID id) {
		List<Row> rows = this.jdbc.sql(SELECT + " where id = :id")
			.param("id", id)
			.query(ResourceAgreementReads::row)
			.list();
		return withPartiesAndApprovals(rows).stream().findFirst();
	}

	private List<ResourceAgreement> withPartiesAndApprovals(List<Row> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		List<UUID> ids = rows.stream().map(Row::id).toList();
		Map<UUID, Set<ResourceAgreement.Party>> parties = new HashMap<>();
		this.jdbc.sql(
				"select resource_agreement_id, unit_id from resource_agreement_party where resource_agreement_id in (:ids)")
			.param("ids", ids)
			.query((rs) -> {
				parties.computeIfAbsent(uuid(rs, "resource_agreement_id"), (id) -> new HashSet<>())
					.add(new ResourceAgreement.Party(uuid(rs, "unit_id")));
			});
		Map<UUID, Set<ResourceAgreement.PartyApproval>> approvals = new HashMap<>();
		this.jdbc.sql("""
				select resource_agreement_id, unit_id, approved_by, approved_at
				from resource_agreement_approval where resource_agreement_id in (:ids)
				""").param("ids", ids).query((rs) -> {
			approvals.computeIfAbsent(uuid(rs, "resource_agreement_id"), (id) -> new HashSet<>())
				.add(new ResourceAgreement.PartyApproval(uuid(rs, "unit_id"), uuid(rs, "approved_by"),
						instant(rs, "approved_at")));
		});
		return rows.stream()
			.map((row) -> new ResourceAgreement(row.id(), row.title(), row.description(), row.status(),
					row.proposedBy(), row.proposedAt(), row.approvedAt(), parties.getOrDefault(row.id(), Set.of()),
					approvals.getOrDefault(row.id(), Set.of()), row.version()))
			.toList();
	}

	private static Row row(ResultSet rs, int row) throws SQLException {
		return new Row(uuid(rs, "id"), rs.getString("title"), rs.getString("description"),
				ApprovalStatus.valueOf(rs.getString("status")), uuid(rs, "proposed_by"), instant(rs, "proposed_at"),
				instant(rs, "approved_at"), rs.getInt("version"));
	}

	private static UUID uuid(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, UUID.class);
	}

	/** An agreement's own columns. */
	private record Row(UUID id, String title, String description, ApprovalStatus status, UUID proposedBy,
			Instant proposedAt, Instant approvedAt, int version) {
	}

}

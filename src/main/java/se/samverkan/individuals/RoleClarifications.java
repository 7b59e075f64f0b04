package se.samverkan.individuals;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.samverkan.shared.Page;
import se.samverkan.shared.PageRequest;
import se.samverkan.shared.StaleVersionException;

import static se.samverkan.shared.Timestamps.instant;
import static se.samverkan.shared.Timestamps.utc;

/** Role clarifications (R5), their entries and recipients, with plain SQL. */
@Repository
class RoleClarifications {

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batch;

	RoleClarifications(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	void insert(RoleClarification rc) {
		this.jdbc.sql("""
				insert into role_clarification (id, person_id, sent_by_staff_id, sent_by_unit_id, sent_at, version)
				values (:id, :person, :staff, :unit, :at, :version)
				""")
			.param("id", rc.id())
			.param("person", rc.personId())
			.param("staff", rc.sentByStaffId())
			.param("unit", rc.sentByUnitId())
			.param("at", utc(rc.sentAt()))
			.param("version", rc.version())
			.update();
		// a batch each, however many entries and recipients (issue 7)
		this.batch.batchUpdate("""
				insert into role_clarification_entry (role_clarification_id, intervention_id, role)
				values (:rc, :intervention, :role)
				""", rc.entries()
			.stream()
			.map((entry) -> new MapSqlParameterSource("rc", rc.id()).addValue("intervention", entry.interventionId())
				.addValue("role", entry.role()))
			.toArray(SqlParameterSource[]::new));
		this.batch.batchUpdate("""
				insert into role_clarification_recipient (role_clarification_id, staff_id, acknowledged_at)
				values (:rc, :staff, null)
				""",
				rc.recipientStaffIds()
					.stream()
					.map((staffId) -> new MapSqlParameterSource("rc", rc.id()).addValue("staff", staffId))
					.toArray(SqlParameterSource[]::new));
	}

	/** Writes a recipient's acknowledgement, guarded by the version read before. */
	void acknowledge(RoleClarification rc, UUID staffId, int versionBefore) {
		int updated = this.jdbc
			.sql("update role_clarification set version = :after where id = :id and version = :before")
			.param("after", rc.version())
			.param("id", rc.id())
			.param("before", versionBefore)
			.update();
		if (updated != 1) {
			throw new StaleVersionException();
		}
		this.jdbc.sql("""
				update role_clarification_recipient set acknowledged_at = :at
				where role_clarification_id = :rc and staff_id = :staff and acknowledged_at is null
				""").param("at", utc(rc.acknowledgedAt(staffId))).param("rc", rc.id()).param("staff", staffId).update();
	}

	Optional<RoleClarification> find(UUID id) {
		return load(List.of(id)).stream().findFirst();
	}

	Page<RoleClarification> ofPerson(UUID personId, PageRequest page) {
		return page("from role_clarification r where r.person_id = :key", personId, page);
	}

	Page<RoleClarification> receivedBy(UUID staffId, PageRequest page) {
		return page("from role_clarification r join role_clarification_recipient c "
				+ "on c.role_clarification_id = r.id where c.staff_id = :key", staffId, page);
	}

	long awaitingAcknowledgementBy(UUID staffId) {
		return this.jdbc.sql(
				"select count(*) from role_clarification_recipient where staff_id = :staff and acknowledged_at is null")
			.param("staff", staffId)
			.query(Long.class)
			.single();
	}

	Page<RoleClarification> sentBy(UUID staffId, PageRequest page) {
		return page("from role_clarification r where r.sent_by_staff_id = :key", staffId, page);
	}

	private Page<RoleClarification> page(String from, UUID key, PageRequest page) {
		long total = this.jdbc.sql("select count(*) " + from).param("key", key).query(Long.class).single();
		List<UUID> ids = this.jdbc
			.sql("select r.id " + from + " order by r.sent_at desc, r.id limit :limit offset :offset")
			.param("key", key)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(UUID.class)
			.list();
		return new Page<>(load(ids), page.page(), page.size(), total);
	}

	/** The role clarifications with those ids, in that order. */
	private List<RoleClarification> load(List<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<UUID, List<RoleClarification.Entry>> entries = new HashMap<>();
		this.jdbc.sql("""
				select role_clarification_id, intervention_id, role from role_clarification_entry
				where role_clarification_id in (:ids) order by role_clarification_id, intervention_id
				""").param("ids", ids).query((rs, row) -> {
			entries.computeIfAbsent(rs.getObject("role_clarification_id", UUID.class), (id) -> new ArrayList<>())
				.add(new RoleClarification.Entry(rs.getObject("intervention_id", UUID.class), rs.getString("role")));
			return null;
		}).list();
		Map<UUID, Map<UUID, Instant>> recipients = new HashMap<>();
		this.jdbc.sql("""
				select role_clarification_id, staff_id, acknowledged_at from role_clarification_recipient
				where role_clarification_id in (:ids) order by role_clarification_id, staff_id
				""").param("ids", ids).query((rs, row) -> {
			recipients.computeIfAbsent(rs.getObject("role_clarification_id", UUID.class), (id) -> new LinkedHashMap<>())
				.put(rs.getObject("staff_id", UUID.class), instant(rs, "acknowledged_at"));
			return null;
		}).list();
		Map<UUID, RoleClarification> byId = new HashMap<>();
		this.jdbc.sql("""
				select id, person_id, sent_by_staff_id, sent_by_unit_id, sent_at, version from role_clarification
				where id in (:ids)
				""").param("ids", ids).query((rs, row) -> {
			UUID id = rs.getObject("id", UUID.class);
			return new RoleClarification(id, rs.getObject("person_id", UUID.class),
					rs.getObject("sent_by_staff_id", UUID.class), rs.getObject("sent_by_unit_id", UUID.class),
					rs.getObject("sent_at", OffsetDateTime.class).toInstant(), entries.getOrDefault(id, List.of()),
					recipients.getOrDefault(id, Map.of()), rs.getInt("version"));
		}).list().forEach((rc) -> byId.put(rc.id(), rc));
		return ids.stream().map(byId::get).filter((rc) -> rc != null).toList();
	}

}

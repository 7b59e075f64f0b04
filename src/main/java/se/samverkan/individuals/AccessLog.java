package se.samverkan.individuals;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.samverkan.organisation.SignedInStaff;
import se.samverkan.shared.Page;
import se.samverkan.shared.PageRequest;

/**
 * The access log (L3): who read what about which person, when and from which unit.
 * Written in the transaction of the read itself; never holds names or numbers of the
 * person.
 */
@Repository
class AccessLog {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final NamedParameterJdbcTemplate batch;

	AccessLog(JdbcClient jdbc, NamedParameterJdbcTemplate batch, Clock clock) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.clock = clock;
	}

	/** One read of several persons (a list), written as one batch. */
	void record(SignedInStaff reader, Collection<UUID> personIds, AccessAction action) {
		batch(reader, personIds.stream().map((personId) -> new Read(personId, action)).toList());
	}

	/**
	 * Several reads of one person in one request (the person page), a row each as if read
	 * one by one, written as one batch.
	 */
	void record(SignedInStaff reader, UUID personId, List<AccessAction> actions) {
		batch(reader, actions.stream().map((action) -> new Read(personId, action)).toList());
	}

	private void batch(SignedInStaff reader, List<Read> reads) {
		if (reads.isEmpty()) {
			return;
		}
		OffsetDateTime at = OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		this.batch.batchUpdate("""
				insert into access_log (id, at, staff_id, username, unit_id, unit_name, person_id, action)
				values (:id, :at, :staff, :username, :unit, :unitName, :person, :action)
				""",
				reads.stream()
					.map((read) -> new MapSqlParameterSource().addValue("id", UUID.randomUUID())
						.addValue("at", at)
						.addValue("staff", reader.staffId())
						.addValue("username", reader.getUsername())
						.addValue("unit", reader.unit().id())
						.addValue("unitName", reader.unit().name())
						.addValue("person", read.personId())
						.addValue("action", read.action().name()))
					.toArray(SqlParameterSource[]::new));
	}

	void record(SignedInStaff reader, UUID personId, AccessAction action) {
		this.jdbc.sql("""
				insert into access_log (id, at, staff_id, username, unit_id, unit_name, person_id, action)
				values (:id, :at, :staff, :username, :unit, :unitName, :person, :action)
				""")
			.param("id", UUID.randomUUID())
			.param("at", OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC))
			.param("staff", reader.staffId())
			.param("username", reader.getUsername())
			.param("unit", reader.unit().id())
			.param("unitName", reader.unit().name())
			.param("person", personId)
			.param("action", action.name())
			.update();
	}

	Page<AccessLogEntry> of(UUID personId, PageRequest page) {
		long total = this.jdbc.sql("select count(*) from access_log where person_id = :person")
			.param("person", personId)
			.query(Long.class)
			.single();
		List<AccessLogEntry> items = this.jdbc.sql("""
				select at, staff_id, username, unit_id, unit_name, action from access_log
				where person_id = :person order by at desc, id limit :limit offset :offset
				""")
			.param("person", personId)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, row) -> new AccessLogEntry(instant(rs.getObject("at", OffsetDateTime.class)),
					rs.getObject("staff_id", UUID.class), rs.getString("username"), rs.getObject("unit_id", UUID.class),
					rs.getString("unit_name"), AccessAction.valueOf(rs.getString("action"))))
			.list();
		return new Page<>(items, page.page(), page.size(), total);
	}

	/** The whole log of a person, oldest first: the extract for the individual (L3). */
	List<AccessLogEntry> all(UUID personId) {
		return this.jdbc.sql("""
				select at, staff_id, username, unit_id, unit_name, action from access_log
				where person_id = :person order by at, id
				""")
			.param("person", personId)
			.query((rs, row) -> new AccessLogEntry(instant(rs.getObject("at", OffsetDateTime.class)),
					rs.getObject("staff_id", UUID.class), rs.getString("username"), rs.getObject("unit_id", UUID.class),
					rs.getString("unit_name"), AccessAction.valueOf(rs.getString("action"))))
			.list();
	}

	private static Instant instant(OffsetDateTime value) {
		return (value != null) ? value.toInstant() : null;
	}

	private record Read(UUID personId, AccessAction action) {
	}

}

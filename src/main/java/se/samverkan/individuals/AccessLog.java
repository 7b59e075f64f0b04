package se.samverkan.individuals;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.samverkan.organisation.SignedInStaff;
import se.samverkan.shared.MultiRowInsert;
import se.samverkan.shared.Page;
import se.samverkan.shared.PageRequest;
import se.samverkan.shared.TimeOrderedIds;

import static se.samverkan.shared.Timestamps.instant;

/**
 * The access log (L3): who read what about which person, when and from which unit.
 * Written in the transaction of the read itself, together with the read's (person,
 * reading unit) pair, which waits there to be counted for the log review
 * ({@link AccessLogPairs}); never holds names or numbers of the person.
 * <p>
 * Each call's reads are summed per pair, a row a pair: readers of the same persons insert
 * rows of their own and wait for nobody's lock (under load the inbox and the person page
 * read the same persons from many requests at once).
 */
@Repository
class AccessLog {

	private final JdbcClient jdbc;

	private final Clock clock;

	AccessLog(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
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

	void record(SignedInStaff reader, UUID personId, AccessAction action) {
		batch(reader, List.of(new Read(personId, action)));
	}

	private void batch(SignedInStaff reader, List<Read> reads) {
		if (reads.isEmpty()) {
			return;
		}
		OffsetDateTime at = OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		MultiRowInsert.insert(this.jdbc, """
				insert into access_log (id, at, staff_id, username, unit_id, unit_name, person_id, action)
				values :rows
				""",
				reads.stream()
					.map((read) -> new Object[] { TimeOrderedIds.next(), at, reader.staffId(), reader.getUsername(),
							reader.unit().id(), reader.unit().name(), read.personId(), read.action().name() })
					.toList());
		Pairs pairs = new Pairs();
		reads.forEach((read) -> pairs.count(reader, read, at));
		MultiRowInsert.insert(this.jdbc, """
				insert into access_log_pair_waiting (person_id, unit_id, unit_name, username, action, first_at,
				                                     last_at, read_count)
				values :rows
				""", pairs.rows());
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
			.query((rs, row) -> new AccessLogEntry(instant(rs, "at"), rs.getObject("staff_id", UUID.class),
					rs.getString("username"), rs.getObject("unit_id", UUID.class), rs.getString("unit_name"),
					AccessAction.valueOf(rs.getString("action"))))
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
			.query((rs, row) -> new AccessLogEntry(instant(rs, "at"), rs.getObject("staff_id", UUID.class),
					rs.getString("username"), rs.getObject("unit_id", UUID.class), rs.getString("unit_name"),
					AccessAction.valueOf(rs.getString("action"))))
			.list();
	}

	private record Read(UUID personId, AccessAction action) {
	}

	/** Reads summed per (person, reading unit). */
	private static final class Pairs {

		private final Map<List<UUID>, AccessLogPairs.Reads> counts = new HashMap<>();

		void count(SignedInStaff reader, Read read, OffsetDateTime at) {
			this.counts.merge(List.of(read.personId(), reader.unit().id()), new AccessLogPairs.Reads(read.personId(),
					reader.unit().id(), reader.unit().name(), reader.getUsername(), read.action().name(), at, at, 1),
					AccessLogPairs.Reads::and);
		}

		List<Object[]> rows() {
			return this.counts.values()
				.stream()
				.map((reads) -> new Object[] { reads.person(), reads.unit(), reads.unitName(), reads.username(),
						reads.action(), reads.firstAt(), reads.lastAt(), reads.count() })
				.toList();
		}

	}

}

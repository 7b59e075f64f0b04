package se.samverkan.individuals;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import se.samverkan.organisation.SignedInStaff;
import se.samverkan.shared.Page;
import se.samverkan.shared.PageRequest;

import static se.samverkan.shared.Timestamps.instant;

/**
 * The access log (L3): who read what about which person, when and from which unit.
 * Written in the transaction of the read itself, together with the read's (person,
 * reading unit) pair that the log review reads; never holds names or numbers of the
 * person.
 * <p>
 * The pairs are counted just before the transaction commits, once per pair and in one
 * order for every transaction ({@link #UUID_ORDER}, person then unit): a pair's row lock
 * is held only for the commit, and two transactions sharing pairs take them in the same
 * order, so they cannot deadlock on them (under load the inbox and the person page read
 * the same pairs from many requests at once).
 */
@Repository
class AccessLog {

	static final String INSERT = """
			insert into access_log (id, at, staff_id, username, unit_id, unit_name, person_id, action)
			values (:id, :at, :staff, :username, :unit, :unitName, :person, :action)
			""";

	/**
	 * The read counted into its (person, reading unit) pair for the log review
	 * ({@link AccessLogReview}): the pair's last read moves on and its count grows.
	 */
	static final String PAIR_READ = """
			update access_log_pair
			set read_count = read_count + :reads,
			    last_at = case when last_at > :at then last_at else :at end,
			    last_action = case when last_at > :at then last_action else :action end,
			    last_username = case when last_at > :at then last_username else :username end,
			    unit_name = case when last_at > :at then unit_name else :unitName end
			where person_id = :person and unit_id = :unit
			""";

	/**
	 * The pair's first read. A concurrent first read of the same pair wins the insert and
	 * this one does nothing; {@link #PAIR_READ} then counts it (both databases support
	 * {@code on conflict do nothing}, H2 supports no {@code do update}, and PostgreSQL's
	 * {@code merge} fails with a unique violation in that race).
	 */
	static final String PAIR_FIRST_READ = """
			insert into access_log_pair (person_id, unit_id, registered_by_unit_id, unit_name, first_at, last_at,
			                             read_count, last_action, last_username)
			select :person, :unit, case when p.registered_by_unit_id <> :unit then p.registered_by_unit_id end,
			       :unitName, :firstAt, :at, :reads, :action, :username
			from (select 1 as one) x left join person p on p.id = :person
			on conflict do nothing
			""";

	/**
	 * The order of uuids in PostgreSQL and H2 (their {@code order by}): unsigned, byte by
	 * byte, unlike {@link UUID#compareTo}, which compares signed. Every batch that writes
	 * pairs — the reads here, the retention's prune — locks them in this order, person
	 * first, then unit.
	 */
	static final Comparator<UUID> UUID_ORDER = Comparator.comparing(UUID::getMostSignificantBits, Long::compareUnsigned)
		.thenComparing(UUID::getLeastSignificantBits, Long::compareUnsigned);

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

	void record(SignedInStaff reader, UUID personId, AccessAction action) {
		batch(reader, List.of(new Read(personId, action)));
	}

	private void batch(SignedInStaff reader, List<Read> reads) {
		if (reads.isEmpty()) {
			return;
		}
		OffsetDateTime at = OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		List<SqlParameterSource> rows = reads.stream().map((read) -> row(reader, read, at)).toList();
		this.batch.batchUpdate(INSERT, rows.toArray(SqlParameterSource[]::new));
		Pairs pairs = pairsOfTransaction();
		reads.forEach((read) -> pairs.count(reader, read, at));
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			countPairs(pairs);
		}
	}

	/** The pairs this transaction has read so far, counted before it commits. */
	private Pairs pairsOfTransaction() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return new Pairs();
		}
		Pairs pairs = (Pairs) TransactionSynchronizationManager.getResource(this);
		if (pairs == null) {
			Pairs created = new Pairs();
			TransactionSynchronizationManager.bindResource(this, created);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void beforeCommit(boolean readOnly) {
					countPairs(created);
				}

				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResource(AccessLog.this);
				}

			});
			pairs = created;
		}
		return pairs;
	}

	/**
	 * Counts the reads into their pairs: the pair's update, else its first read, else (a
	 * concurrent first read won the insert) the update again.
	 */
	private void countPairs(Pairs pairs) {
		List<SqlParameterSource> counts = pairs.inLockOrder();
		List<SqlParameterSource> firstReads = notUpdated(counts, PAIR_READ);
		List<SqlParameterSource> raced = notUpdated(firstReads, PAIR_FIRST_READ);
		notUpdated(raced, PAIR_READ);
	}

	/** Runs the statement for each read and keeps those it changed no row for. */
	private List<SqlParameterSource> notUpdated(List<SqlParameterSource> reads, String statement) {
		if (reads.isEmpty()) {
			return reads;
		}
		int[] counts = this.batch.batchUpdate(statement, reads.toArray(SqlParameterSource[]::new));
		List<SqlParameterSource> left = new ArrayList<>();
		for (int i = 0; i < counts.length; i++) {
			if (counts[i] == 0) {
				left.add(reads.get(i));
			}
		}
		return left;
	}

	private static SqlParameterSource row(SignedInStaff reader, Read read, OffsetDateTime at) {
		return new MapSqlParameterSource().addValue("id", UUID.randomUUID())
			.addValue("at", at)
			.addValue("staff", reader.staffId())
			.addValue("username", reader.getUsername())
			.addValue("unit", reader.unit().id())
			.addValue("unitName", reader.unit().name())
			.addValue("person", read.personId())
			.addValue("action", read.action().name());
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

	/** A transaction's reads summed per (person, reading unit). */
	private static final class Pairs {

		private final Map<List<UUID>, MapSqlParameterSource> counts = new HashMap<>();

		void count(SignedInStaff reader, Read read, OffsetDateTime at) {
			MapSqlParameterSource pair = this.counts.computeIfAbsent(List.of(read.personId(), reader.unit().id()),
					(key) -> new MapSqlParameterSource().addValue("person", read.personId())
						.addValue("unit", reader.unit().id())
						.addValue("reads", 0)
						.addValue("firstAt", at)
						.addValue("at", at));
			pair.addValue("reads", (int) pair.getValue("reads") + 1);
			if (!at.isBefore((OffsetDateTime) pair.getValue("at"))) {
				pair.addValue("at", at)
					.addValue("action", read.action().name())
					.addValue("username", reader.getUsername())
					.addValue("unitName", reader.unit().name());
			}
		}

		List<SqlParameterSource> inLockOrder() {
			return this.counts.entrySet()
				.stream()
				.sorted(Map.Entry.comparingByKey(Comparator.<List<UUID>, UUID>comparing((key) -> key.get(0), UUID_ORDER)
					.thenComparing((key) -> key.get(1), UUID_ORDER)))
				.map((entry) -> (SqlParameterSource) entry.getValue())
				.toList();
		}

	}

}

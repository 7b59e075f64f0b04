package se.samverkan.individuals;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts the reads waiting in {@code access_log_pair_waiting} into their (person, reading
 * unit) pairs, which the log review reads ({@link AccessLogReview}): every minute, and
 * before every review, so that a review sees every read committed before it.
 * <p>
 * A read leaves its pairs waiting rather than counting them itself, since every reader of
 * the same persons would queue for the pairs' row locks (issue 7). A count locks the rows
 * it takes, so that two counts at once — a review on each of two instances — never count
 * a read twice, and takes the pairs in one order ({@link #UUID_ORDER}), as the
 * retention's prune does, so that they cannot deadlock.
 */
@Component
class AccessLogPairs {

	/** The waiting rows one transaction counts. */
	static final int BATCH = 5000;

	/**
	 * The order of uuids in PostgreSQL and H2 (their {@code order by}): unsigned, byte by
	 * byte, unlike {@link UUID#compareTo}, which compares signed. Every statement that
	 * writes pairs — the counts here, the retention's prune — locks them in this order,
	 * person first, then unit.
	 */
	static final Comparator<UUID> UUID_ORDER = Comparator.comparing(UUID::getMostSignificantBits, Long::compareUnsigned)
		.thenComparing(UUID::getLeastSignificantBits, Long::compareUnsigned);

	/**
	 * The reads counted into their pair: the pair's last read moves on, its count grows.
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
	 * The pair's first reads. A concurrent count of the same new pair wins the insert and
	 * this one does nothing; {@link #PAIR_READ} then counts them (both databases support
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

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batch;

	private final TransactionTemplate transactions;

	AccessLogPairs(JdbcClient jdbc, NamedParameterJdbcTemplate batch, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.transactions = new TransactionTemplate(transactions);
	}

	@Scheduled(cron = "${samverkan.individuals.access-log-pairs-cron:0 * * * * *}")
	@SchedulerLock(name = "individuals-access-log-pairs", lockAtMostFor = "PT10M")
	void run() {
		countWaiting();
	}

	/**
	 * Counts every read waiting to be counted, a batch a transaction; says how many rows.
	 */
	int countWaiting() {
		int counted = 0;
		int batch;
		do {
			batch = this.transactions.execute((tx) -> countBatch());
			counted += batch;
		}
		while (batch == BATCH);
		return counted;
	}

	private int countBatch() {
		List<Long> ids = new ArrayList<>();
		Map<List<UUID>, Reads> pairs = new LinkedHashMap<>();
		this.jdbc.sql("""
				select id, person_id, unit_id, unit_name, username, action, first_at, last_at, read_count
				from access_log_pair_waiting order by id limit :limit for update
				""").param("limit", BATCH).query((rs) -> {
			ids.add(rs.getLong("id"));
			Reads reads = new Reads(rs.getObject("person_id", UUID.class), rs.getObject("unit_id", UUID.class),
					rs.getString("unit_name"), rs.getString("username"), rs.getString("action"),
					rs.getObject("first_at", OffsetDateTime.class), rs.getObject("last_at", OffsetDateTime.class),
					rs.getLong("read_count"));
			pairs.merge(List.of(reads.person(), reads.unit()), reads, Reads::and);
		});
		if (ids.isEmpty()) {
			return 0;
		}
		List<SqlParameterSource> counts = pairs.values()
			.stream()
			.sorted(Comparator.comparing(Reads::person, UUID_ORDER).thenComparing(Reads::unit, UUID_ORDER))
			.map(Reads::parameters)
			.toList();
		List<SqlParameterSource> firstReads = notUpdated(counts, PAIR_READ);
		List<SqlParameterSource> raced = notUpdated(firstReads, PAIR_FIRST_READ);
		notUpdated(raced, PAIR_READ);
		this.jdbc.sql("delete from access_log_pair_waiting where id in (:ids)").param("ids", ids).update();
		return ids.size();
	}

	/** Runs the statement for each pair and keeps those it changed no row for. */
	private List<SqlParameterSource> notUpdated(List<SqlParameterSource> pairs, String statement) {
		if (pairs.isEmpty()) {
			return pairs;
		}
		int[] counts = this.batch.batchUpdate(statement, pairs.toArray(SqlParameterSource[]::new));
		List<SqlParameterSource> left = new ArrayList<>();
		for (int i = 0; i < counts.length; i++) {
			if (counts[i] == 0) {
				left.add(pairs.get(i));
			}
		}
		return left;
	}

	/**
	 * Reads of one (person, reading unit) pair: how many, the first one's time and the
	 * last one's time, action, user and unit name.
	 */
	record Reads(UUID person, UUID unit, String unitName, String username, String action, OffsetDateTime firstAt,
			OffsetDateTime lastAt, long count) {

		/**
		 * These and later reads of the same pair; of two at the same time, the later's.
		 */
		Reads and(Reads later) {
			Reads last = later.lastAt.isBefore(this.lastAt) ? this : later;
			OffsetDateTime first = later.firstAt.isBefore(this.firstAt) ? later.firstAt : this.firstAt;
			return new Reads(this.person, this.unit, last.unitName, last.username, last.action, first, last.lastAt,
					this.count + later.count);
		}

		SqlParameterSource parameters() {
			return new MapSqlParameterSource("person", this.person).addValue("unit", this.unit)
				.addValue("unitName", this.unitName)
				.addValue("username", this.username)
				.addValue("action", this.action)
				.addValue("firstAt", this.firstAt)
				.addValue("at", this.lastAt)
				.addValue("reads", this.count);
		}

	}

}

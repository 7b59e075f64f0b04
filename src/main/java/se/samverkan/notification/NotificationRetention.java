package se.samverkan.notification;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Removes notifications, read or unread, once they are older than their retention period
 * (L7, {@link NotificationRetentionProperties}), counted from when they were created: a
 * notice to a unit leaves a row for each of its staff, and nothing else ever removes
 * them. A notification waiting for its recipient's digest leaves the queue with it (on
 * delete cascade, V90).
 * <p>
 * The table holds tens of millions of rows at national scale and has no index on
 * {@code created_at} alone (each index costs every delivery). So the recipients are found
 * by skipping from one recipient to the next through an index that starts with the
 * recipient (a loose index scan; PostgreSQL takes the smaller, the unread count's), and
 * each transaction reads at most {@link #ROWS} old notifications of at most
 * {@link #RECIPIENTS} recipients through the inbox index and removes them by id: a first
 * run on a large backlog holds no long transaction and locks no inbox for long. (One
 * {@code delete ... where id in (select ... limit ...)} would do on PostgreSQL, but H2
 * evaluates that subquery again while it deletes and removes fewer rows than it chose.)
 * <p>
 * Only the number removed is logged; nothing goes to the audit trail. A notification is
 * not part of an individual's record but the inbox's copy of a notice about a change,
 * which the audit trail holds already; removing it changes no record. (The access log's
 * pruning is audited because those rows are the evidence of who read a record, L3.)
 */
@Service
class NotificationRetention {

	/** The recipients whose old notifications one transaction reads. */
	static final int RECIPIENTS = 100;

	/** The most notifications one transaction removes. */
	static final int ROWS = 10_000;

	private static final Logger log = LoggerFactory.getLogger(NotificationRetention.class);

	/**
	 * Every recipient with a notification, one index probe each: the next recipient after
	 * the last one found. ({@code order by ... limit 1} rather than {@code min}: H2 reads
	 * a {@code min} with a condition from the whole range, and PostgreSQL 15 has no
	 * {@code min(uuid)}.)
	 */
	static final String RECIPIENTS_SQL = """
			with recursive recipient (id) as (
			    (select recipient_id from notification order by recipient_id limit 1)
			    union all
			    select (select n.recipient_id from notification n where n.recipient_id > r.id
			            order by n.recipient_id limit 1)
			    from recipient r where r.id is not null
			)
			select id from recipient where id is not null
			""";

	/**
	 * Up to {@code :limit} of a recipient's notifications created before the cutoff: a
	 * range of the inbox index. (One statement for a batch of recipients, {@code in} with
	 * {@code order by} and {@code limit}, left rows behind on H2 now and then.) Rows
	 * another transaction holds, a recipient's marking all read, are left for the next
	 * night: the removal never waits for a row, so it cannot deadlock with a statement
	 * that locks the same rows in another order.
	 */
	static final String OLD = """
			select id from notification
			where recipient_id = :recipient and created_at < :cutoff
			order by created_at desc
			limit :limit
			for update skip locked
			""";

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final Period period;

	NotificationRetention(JdbcClient jdbc, PlatformTransactionManager transactions,
			NotificationRetentionProperties properties) {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.period = properties.period();
	}

	/**
	 * Removes every notification created before the retention period that ends on that
	 * day (in Swedish time) and says how many.
	 */
	int removeOld(LocalDate today, ZoneId zone) {
		return removeOld(today, zone, RECIPIENTS, ROWS);
	}

	/** As {@link #removeOld(LocalDate, ZoneId)}, in transactions of the given size. */
	int removeOld(LocalDate today, ZoneId zone, int recipientsPerTransaction, int rowsPerTransaction) {
		OffsetDateTime cutoff = today.minus(this.period).atStartOfDay(zone).toOffsetDateTime();
		List<UUID> recipients = this.jdbc.sql(RECIPIENTS_SQL).query(UUID.class).list();
		int removed = 0;
		for (int from = 0; from < recipients.size(); from += recipientsPerTransaction) {
			List<UUID> batch = recipients.subList(from, Math.min(from + recipientsPerTransaction, recipients.size()));
			int transaction;
			do {
				transaction = this.transaction.execute((status) -> removeOld(batch, cutoff, rowsPerTransaction));
				removed += transaction;
			}
			while (transaction == rowsPerTransaction);
		}
		if (removed > 0) {
			log.info("Removed {} notifications after the retention period (L7)", removed);
		}
		return removed;
	}

	private int removeOld(List<UUID> recipients, OffsetDateTime cutoff, int limit) {
		List<UUID> old = new ArrayList<>();
		for (UUID recipient : recipients) {
			if (old.size() == limit) {
				break;
			}
			old.addAll(this.jdbc.sql(OLD)
				.param("recipient", recipient)
				.param("cutoff", cutoff)
				.param("limit", limit - old.size())
				.query(UUID.class)
				.list());
		}
		if (old.isEmpty()) {
			return 0;
		}
		return this.jdbc.sql("delete from notification where id in (:ids)").param("ids", old).update();
	}

}

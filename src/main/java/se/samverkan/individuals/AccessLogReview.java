package se.samverkan.individuals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import se.samverkan.organisation.SignedInStaff;
import se.samverkan.organisation.StaffFunction;
import se.samverkan.shared.DomainException;
import se.samverkan.shared.ErrorCode;
import se.samverkan.shared.Page;
import se.samverkan.shared.PageRequest;

/**
 * Log review (*loggkontroll*, L3): the reads a manager should look into — reads of
 * persons their unit registered, made by another unit that today has no basis for them.
 * <p>
 * The named query {@link #PAIRS_WITHOUT_CURRENT_BASIS} defines it. A read by unit U of a
 * person registered by the manager's unit R (U ≠ R) is listed when, today,
 * <ul>
 * <li>{@code NO_LONGER_INVOLVED}: U is not involved with the person — it has no
 * involvement, or it became involved through an intervention and none of its
 * interventions for the person is ongoing (ended on or before today); or</li>
 * <li>{@code CONSENT_ENDED}: U belongs to another principal than R and no consent of the
 * person that is active today (not revoked, not past its end date, a guardian's not past
 * the 18th birthday) covers both principals.</li>
 * </ul>
 * A read meeting both is listed as {@code NO_LONGER_INVOLVED}. The basis depends only on
 * the person and the reading unit, so the reads are reviewed per (person, reading unit)
 * pair, from the access log's summary of them (counted by {@link AccessLogPairs}): each
 * pair once, with its first and last read and the number of reads. The manager reviews
 * one calendar month (Swedish time) at a time: the pairs whose last read falls in it, the
 * most recently read first. A pair read again later moves to the later month. The reads
 * still waiting to be counted are counted first, so the review holds every read committed
 * before it.
 */
@Service
public class AccessLogReview {

	/**
	 * The pairs without a current basis, for one registering unit, one month and one day.
	 * The reading unit is looked up inside the tests, not joined, so that a page follows
	 * {@code access_log_pair_review_idx} and stops once it is full.
	 */
	static final String PAIRS_WITHOUT_CURRENT_BASIS = """
			from (
			  select s.person_id, s.unit_id, s.unit_name, s.first_at, s.last_at, s.read_count, s.last_action,
			    s.last_username,
			    (not exists (select 1 from person_involvement i
			                 where i.person_id = s.person_id and i.unit_id = s.unit_id
			                   and (i.reason <> 'INTERVENTION'
			                        or exists (select 1 from intervention n
			                                   where n.person_id = s.person_id and n.unit_id = s.unit_id
			                                     and (n.ended_on is null or n.ended_on > :today))))) as no_longer_involved,
			    (not exists (select 1 from unit au where au.id = s.unit_id and au.principal_id = ru.principal_id)
			     and not exists (select 1 from consent c
			                     join consent_principal c1 on c1.consent_id = c.id and c1.principal_id = ru.principal_id
			                     join unit au on au.id = s.unit_id
			                     join consent_principal c2 on c2.consent_id = c.id and c2.principal_id = au.principal_id
			                     where c.person_id = s.person_id and c.revoked_at is null
			                       and (c.valid_until is null or c.valid_until >= :today)
			                       and (c.majority_on is null or c.majority_on > :today))) as consent_ended
			  from access_log_pair s
			  join person p on p.id = s.person_id
			  join unit ru on ru.id = s.registered_by_unit_id
			  where s.registered_by_unit_id = :unit and s.last_at >= :from and s.last_at < :to
			) r
			where r.no_longer_involved or r.consent_ended
			""";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final AccessLogPairs pairs;

	private final TransactionTemplate reading;

	AccessLogReview(JdbcClient jdbc, Clock clock, AccessLogPairs pairs, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.pairs = pairs;
		this.reading = new TransactionTemplate(transactions);
		this.reading.setReadOnly(true);
	}

	/** The months the review may be asked for. */
	static final YearMonth FIRST_MONTH = YearMonth.of(2000, 1);

	static final YearMonth LAST_MONTH = YearMonth.of(2100, 12);

	/** How many pairs the review page counts before it says "more than" (issue 7). */
	static final int COUNT_BOUND = 500;

	/**
	 * The pairs to review for the caller's unit whose last read falls in the month (this
	 * month if none), with their exact total; for its managers and heads of operations
	 * only.
	 */
	public Page<Item> review(SignedInStaff me, YearMonth month, PageRequest page) {
		return review(me, month, page, Long.MAX_VALUE).pairs();
	}

	/**
	 * {@link #review} for the page: counted no further than {@link #COUNT_BOUND} pairs
	 * (or the page asked for), since the total tests the basis of every pair the unit's
	 * persons were read in that month — thousands a month in a large unit — where a page
	 * stops once it is full. Beyond the bound the page says there are more.
	 */
	public Reviewed browse(SignedInStaff me, YearMonth month, PageRequest page) {
		return review(me, month, page, Math.max(COUNT_BOUND, page.offset() + page.size()));
	}

	private Reviewed review(SignedInStaff me, YearMonth month, PageRequest page, long bound) {
		if (!me.holds(StaffFunction.MANAGER) && !me.holds(StaffFunction.HEAD_OF_OPERATIONS)) {
			throw new DomainException(ErrorCode.FORBIDDEN, "error.access-log.review.managers-only");
		}
		if (month != null && (month.isBefore(FIRST_MONTH) || month.isAfter(LAST_MONTH))) {
			// a month far out would not fit a timestamp (a 500), and holds no reads
			// anyway
			throw new DomainException(ErrorCode.VALIDATION_FAILED, "individuals.review.month-out-of-range");
		}
		this.pairs.countWaiting();
		return this.reading.execute((tx) -> read(me, month, page, bound));
	}

	private Reviewed read(SignedInStaff me, YearMonth month, PageRequest page, long bound) {
		ZoneId zone = this.clock.getZone();
		YearMonth period = (month != null) ? month : YearMonth.now(this.clock);
		OffsetDateTime from = period.atDay(1).atStartOfDay(zone).toInstant().atOffset(ZoneOffset.UTC);
		OffsetDateTime to = period.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant().atOffset(ZoneOffset.UTC);
		UUID unit = me.unit().id();
		LocalDate today = LocalDate.now(this.clock);
		StatementSpec count = (bound == Long.MAX_VALUE)
				? this.jdbc.sql("select count(*) " + PAIRS_WITHOUT_CURRENT_BASIS)
				: this.jdbc
					.sql("select count(*) from (select 1 " + PAIRS_WITHOUT_CURRENT_BASIS + " limit :upTo) counted")
					.param("upTo", bound + 1);
		long total = count.param("unit", unit)
			.param("from", from)
			.param("to", to)
			.param("today", today)
			.query(Long.class)
			.single();
		List<Item> items = this.jdbc
			.sql("select r.* " + PAIRS_WITHOUT_CURRENT_BASIS
					+ " order by r.last_at desc, r.person_id, r.unit_id limit :limit offset :offset")
			.param("unit", unit)
			.param("from", from)
			.param("to", to)
			.param("today", today)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, row) -> new Item(rs.getObject("person_id", UUID.class), rs.getObject("unit_id", UUID.class),
					rs.getString("unit_name"), rs.getObject("first_at", OffsetDateTime.class).toInstant(),
					rs.getObject("last_at", OffsetDateTime.class).toInstant(), rs.getLong("read_count"),
					AccessAction.valueOf(rs.getString("last_action")), rs.getString("last_username"),
					rs.getBoolean("no_longer_involved") ? Reason.NO_LONGER_INVOLVED : Reason.CONSENT_ENDED))
			.list();
		return new Reviewed(new Page<>(items, page.page(), page.size(), total), total > bound, Math.min(total, bound));
	}

	/**
	 * A page of the pairs and how far they were counted: when {@code more}, there are
	 * more than {@code counted} pairs and the page's total ({@code counted + 1}) only
	 * says so.
	 */
	public record Reviewed(Page<Item> pairs, boolean more, long counted) {
	}

	/** Why a pair is listed for review. */
	public enum Reason {

		NO_LONGER_INVOLVED, CONSENT_ENDED

	}

	/**
	 * One (person, reading unit) pair to review: the unit's first and last read of the
	 * person, how many reads, and the last read's action and user.
	 */
	public record Item(UUID personId, UUID unitId, String unitName, Instant firstAt, Instant lastAt, long reads,
			AccessAction lastAction, String lastUsername, Reason reason) {
	}

}

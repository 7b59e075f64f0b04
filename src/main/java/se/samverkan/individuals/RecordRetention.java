package se.samverkan.individuals;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Removes closed individual records after their retention period, set per record type
 * (L7, {@link RetentionProperties}):
 * <ul>
 * <li>a <em>contact</em> is closed once it has taken place (and been recorded);</li>
 * <li>a <em>consent</em> is closed once revoked or ended (its end date, or for a
 * guardian's consent the day before the 18th birthday);</li>
 * <li>a row of the <em>access log</em> is closed once written;</li>
 * <li>a <em>person's record</em> is closed as described below.</li>
 * </ul>
 * A contact or consent removed under its own period no longer counts as activity of the
 * person's record.
 * <p>
 * A person's record is <em>closed</em> on a day when
 * <ul>
 * <li>none of their interventions is ongoing (each has an end date on or before that
 * day), and</li>
 * <li>nothing has happened in the record since: its last activity — the registration, an
 * intervention starting or ending, a contact taking place or being recorded, a consent
 * being recorded or revoked, a role clarification being sent or acknowledged — lies
 * before the start of the retention period.</li>
 * </ul>
 * Reading a record (the access log) is not activity. A closed record is removed whole:
 * the person, involvements, consents, interventions, contacts and role clarifications.
 * The access log keeps its rows until their own period ends: they carry no name or
 * number, only the id that no longer leads anywhere (and so do their pairs, which the log
 * review no longer lists). Each removal publishes an event for the audit trail without
 * personal data: {@link PersonRecordRemoved}, {@link ContactRemoved},
 * {@link ConsentRemoved} with ids only, {@link AccessLogPruned} with the number of rows.
 */
@Service
public class RecordRetention {

	static final String ACTOR = "system";

	static final int BATCH = 500;

	static final int ACCESS_LOG_BATCH = 10_000;

	private static final Logger log = LoggerFactory.getLogger(RecordRetention.class);

	/**
	 * The persons whose records are closed and whose last activity precedes the cutoff.
	 */
	static final String CLOSED_BEFORE = """
			select p.id from person p
			where p.registered_at < :cutoffAt
			  and not exists (select 1 from intervention n where n.person_id = p.id
			                  and (n.ended_on is null or n.ended_on > :today
			                       or n.started_on >= :cutoff or n.ended_on >= :cutoff))
			  and not exists (select 1 from contact c where c.person_id = p.id
			                  and (c.occurred_at >= :cutoffAt or c.recorded_at >= :cutoffAt))
			  and not exists (select 1 from consent c where c.person_id = p.id
			                  and (c.recorded_at >= :cutoffAt or c.revoked_at >= :cutoffAt))
			  and not exists (select 1 from role_clarification r where r.person_id = p.id
			                  and r.sent_at >= :cutoffAt)
			  and not exists (select 1 from role_clarification r
			                  join role_clarification_recipient rr on rr.role_clarification_id = r.id
			                  where r.person_id = p.id and rr.acknowledged_at >= :cutoffAt)
			order by p.id
			""";

	/** Contacts that took place, and were recorded, before the cutoff. */
	static final String CONTACTS_BEFORE = """
			select id, person_id, occurred_at, channel from contact
			where occurred_at < :cutoffAt and recorded_at < :cutoffAt
			order by id
			""";

	/** Consents revoked or ended before the cutoff. */
	static final String CONSENTS_ENDED_BEFORE = """
			select id, person_id from consent
			where recorded_at < :cutoffAt
			  and (revoked_at < :cutoffAt
			       or (revoked_at is null and (valid_until < :cutoff or majority_on <= :cutoff)))
			order by id
			""";

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batch;

	private final RetentionProperties properties;

	private final ApplicationEventPublisher events;

	private final Involvements involvements;

	private final ContactFigures figures;

	RecordRetention(JdbcClient jdbc, NamedParameterJdbcTemplate batch, RetentionProperties properties,
			ApplicationEventPublisher events, Involvements involvements, ContactFigures figures) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.properties = properties;
		this.events = events;
		this.involvements = involvements;
		this.figures = figures;
	}

	/**
	 * Removes every record closed for longer than the retention period on that day (in
	 * Swedish time) and says how many.
	 */
	@Transactional
	public int removeClosedRecords(LocalDate today, ZoneId zone) {
		LocalDate cutoff = today.minus(this.properties.personRecords());
		OffsetDateTime cutoffAt = cutoff.atStartOfDay(zone).toOffsetDateTime();
		List<UUID> closed = this.jdbc.sql(CLOSED_BEFORE + " limit :limit")
			.param("cutoffAt", cutoffAt)
			.param("cutoff", cutoff)
			.param("today", today)
			.param("limit", BATCH)
			.query(UUID.class)
			.list();
		List<ContactFigures.Taken> contacts = new ArrayList<>();
		for (UUID personId : closed) {
			// no contact is recorded for the person between its count and its removal
			this.involvements.lockPerson(personId);
			contacts.addAll(this.jdbc.sql("select occurred_at, channel from contact where person_id = :person")
				.param("person", personId)
				.query(RecordRetention::taken)
				.list());
			remove(personId);
			this.events.publishEvent(new PersonRecordRemoved(ACTOR, personId, null, null));
			log.info("Removed closed person record {} after the retention period (L7)", personId);
		}
		this.figures.removed(contacts);
		return closed.size();
	}

	/**
	 * Removes up to one batch of contacts older than their retention period and says how
	 * many.
	 */
	@Transactional
	public int removeOldContacts(LocalDate today, ZoneId zone) {
		LocalDate cutoff = today.minus(this.properties.contacts());
		List<OldContact> old = this.jdbc.sql(CONTACTS_BEFORE + " limit :limit")
			.param("cutoffAt", cutoff.atStartOfDay(zone).toOffsetDateTime())
			.param("limit", BATCH)
			.query((rs, row) -> new OldContact(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
					taken(rs, row)))
			.list();
		for (OldContact contact : old) {
			this.jdbc.sql("delete from contact_participant where contact_id = :id").param("id", contact.id()).update();
			this.jdbc.sql("delete from contact where id = :id").param("id", contact.id()).update();
			this.events.publishEvent(new ContactRemoved(ACTOR, contact.id(), contact.personId()));
		}
		this.figures.removed(old.stream().map(OldContact::taken).toList());
		if (!old.isEmpty()) {
			log.info("Removed {} contacts after the retention period (L7)", old.size());
		}
		return old.size();
	}

	/**
	 * Removes up to one batch of consents revoked or ended longer ago than their
	 * retention period and says how many.
	 */
	@Transactional
	public int removeEndedConsents(LocalDate today, ZoneId zone) {
		LocalDate cutoff = today.minus(this.properties.consents());
		List<UUID[]> ended = this.jdbc.sql(CONSENTS_ENDED_BEFORE + " limit :limit")
			.param("cutoffAt", cutoff.atStartOfDay(zone).toOffsetDateTime())
			.param("cutoff", cutoff)
			.param("limit", BATCH)
			.query((rs, row) -> new UUID[] { rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class) })
			.list();
		for (UUID[] consent : ended) {
			this.jdbc.sql("delete from consent_principal where consent_id = :id").param("id", consent[0]).update();
			this.jdbc.sql("delete from consent where id = :id").param("id", consent[0]).update();
			this.events.publishEvent(new ConsentRemoved(ACTOR, consent[0], consent[1]));
		}
		if (!ended.isEmpty()) {
			log.info("Removed {} consents after the retention period (L7)", ended.size());
		}
		return ended.size();
	}

	/**
	 * Removes up to {@code ACCESS_LOG_BATCH} rows of the access log older than their
	 * retention period, oldest first, and says how many. Their (person, reading unit)
	 * pairs follow: each loses the removed reads and starts at its oldest read left, and
	 * a pair with no read left goes (counts are subtracted, not recounted, so reads
	 * written meanwhile stay counted). The batch is read once and removed by its ids, so
	 * the pairs lose exactly the rows removed. (A delete with the batch as a limited
	 * subquery took 100 s on H2 for 10 003 rows: H2 evaluated the subquery again while
	 * deleting.)
	 */
	@Transactional
	public int pruneAccessLog(LocalDate today, ZoneId zone) {
		LocalDate cutoff = today.minus(this.properties.accessLog());
		OffsetDateTime cutoffAt = cutoff.atStartOfDay(zone).toOffsetDateTime();
		List<PrunedRead> batch = this.jdbc.sql("""
				select id, person_id, unit_id from access_log where at < :cutoffAt order by at, id limit :limit
				""")
			.param("cutoffAt", cutoffAt)
			.param("limit", ACCESS_LOG_BATCH)
			.query((rs, row) -> new PrunedRead(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
					rs.getObject("unit_id", UUID.class)))
			.list();
		if (batch.isEmpty()) {
			return 0;
		}
		// locked in the order in which the counts lock them (AccessLogPairs.UUID_ORDER)
		SqlParameterSource[] pairs = batch.stream()
			.collect(
					Collectors.groupingBy(PrunedRead::pair, () -> new TreeMap<>(ReadPair.ORDER), Collectors.counting()))
			.entrySet()
			.stream()
			.map((pair) -> new MapSqlParameterSource("person", pair.getKey().person())
				.addValue("unit", pair.getKey().unit())
				.addValue("removed", pair.getValue()))
			.toArray(SqlParameterSource[]::new);
		int removed = this.jdbc.sql("delete from access_log where id in (:ids)")
			.param("ids", batch.stream().map(PrunedRead::id).toList())
			.update();
		this.batch.batchUpdate("""
				update access_log_pair
				set read_count = read_count - :removed,
				    first_at = coalesce((select min(a.at) from access_log a
				                         where a.person_id = :person and a.unit_id = :unit), last_at)
				where person_id = :person and unit_id = :unit
				""", pairs);
		this.batch.batchUpdate("""
				delete from access_log_pair where person_id = :person and unit_id = :unit and read_count <= 0
				""", pairs);
		if (removed > 0) {
			this.events.publishEvent(new AccessLogPruned(ACTOR, removed, cutoff));
			log.info("Removed {} access log rows after the retention period (L7)", removed);
		}
		return removed;
	}

	private void remove(UUID personId) {
		String[] statements = { """
				delete from role_clarification_recipient where role_clarification_id in
				  (select id from role_clarification where person_id = :person)""", """
				delete from role_clarification_entry where role_clarification_id in
				  (select id from role_clarification where person_id = :person)""",
				"delete from role_clarification where person_id = :person", """
						delete from contact_participant where contact_id in
						  (select id from contact where person_id = :person)""",
				"delete from contact where person_id = :person", """
						delete from consent_principal where consent_id in
						  (select id from consent where person_id = :person)""",
				"delete from consent where person_id = :person", "delete from intervention where person_id = :person",
				"delete from person_involvement where person_id = :person", "delete from person where id = :person" };
		for (String statement : statements) {
			this.jdbc.sql(statement).param("person", personId).update();
		}
	}

	private static ContactFigures.Taken taken(ResultSet rs, int row) throws SQLException {
		return new ContactFigures.Taken(rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
				ContactChannel.valueOf(rs.getString("channel")));
	}

	/** A contact past its retention period. */
	private record OldContact(UUID id, UUID personId, ContactFigures.Taken taken) {

	}

	/** A read of the access log's oldest batch, as its pair counts it. */
	private record PrunedRead(UUID id, UUID person, UUID unit) {

		ReadPair pair() {
			return new ReadPair(this.person, this.unit);
		}

	}

	/** A (person, reading unit) pair of the access log. */
	private record ReadPair(UUID person, UUID unit) {

		static final Comparator<ReadPair> ORDER = Comparator.comparing(ReadPair::person, AccessLogPairs.UUID_ORDER)
			.thenComparing(ReadPair::unit, AccessLogPairs.UUID_ORDER);

	}

}

package se.samverkan.individuals;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Removes closed individual records after their retention period (L7).
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
 * The access log keeps its rows: they carry no name or number, only the id that no longer
 * leads anywhere. Each removal publishes {@link PersonRecordRemoved} for the audit trail,
 * without personal data.
 */
@Service
public class RecordRetention {

	static final String ACTOR = "system";

	static final int BATCH = 500;

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

	private final JdbcClient jdbc;

	private final RetentionProperties properties;

	private final ApplicationEventPublisher events;

	RecordRetention(JdbcClient jdbc, RetentionProperties properties, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.events = events;
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
		for (UUID personId : closed) {
			remove(personId);
			this.events.publishEvent(new PersonRecordRemoved(ACTOR, personId, null, null));
			log.info("Removed closed person record {} after the retention period (L7)", personId);
		}
		return closed.size();
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

}

package se.samverkan.individuals;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Repository;

import se.samverkan.individuals.Consent.CoveredPrincipal;
import se.samverkan.individuals.Contact.Participant;

import static se.samverkan.shared.Timestamps.instant;

/**
 * Consents and contacts read with their principals and participants in one statement
 * each, whatever their number: Spring Data JDBC would read each consent's principals and
 * each contact's participants one statement at a time.
 */
@Repository
class PersonReads {

	private static final String CONSENTS = """
			select c.id, c.person_id, c.given_on, c.form, c.given_by, c.child_view, c.valid_until, c.majority_on,
			       c.note, c.recorded_by, c.recorded_at, c.revoked_at, c.revoked_by, c.revocation_reason, c.version,
			       cp.principal_id
			from consent c left join consent_principal cp on cp.consent_id = c.id
			where c.person_id in (:persons)
			order by c.given_on desc, c.recorded_at desc, c.id
			""";

	private static final String CONTACTS = """
			select c.id, c.person_id, c.unit_id, c.recorded_by, c.occurred_at, c.channel, c.purpose, c.summary,
			       c.recorded_at, c.version, cp.staff_id
			from (select * from contact where person_id = :person
			      order by occurred_at desc, id limit :limit offset :offset) c
			left join contact_participant cp on cp.contact_id = c.id
			order by c.occurred_at desc, c.id
			""";

	private static final String CONTACT = """
			select c.id, c.person_id, c.unit_id, c.recorded_by, c.occurred_at, c.channel, c.purpose, c.summary,
			       c.recorded_at, c.version, cp.staff_id
			from contact c left join contact_participant cp on cp.contact_id = c.id
			where c.id = :id and c.person_id = :person
			""";

	private final JdbcClient jdbc;

	PersonReads(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The person's consents, newest first, revoked ones included. */
	List<Consent> consentsOf(UUID personId) {
		return consentsOf(List.of(personId)).getOrDefault(personId, List.of());
	}

	/** The consents of each of the persons, newest first. */
	Map<UUID, List<Consent>> consentsOf(Collection<UUID> personIds) {
		if (personIds.isEmpty()) {
			return Map.of();
		}
		Map<UUID, ConsentRow> rows = new LinkedHashMap<>();
		this.jdbc.sql(CONSENTS).param("persons", personIds).query((rs) -> {
			ConsentRow row = rows.computeIfAbsent(rs.getObject("id", UUID.class), (id) -> consentRow(rs));
			UUID principal = rs.getObject("principal_id", UUID.class);
			if (principal != null) {
				row.principals().add(new CoveredPrincipal(principal));
			}
		});
		Map<UUID, List<Consent>> byPerson = new HashMap<>();
		rows.values()
			.stream()
			.map(ConsentRow::consent)
			.forEach((consent) -> byPerson.computeIfAbsent(consent.personId(), (id) -> new ArrayList<>()).add(consent));
		return byPerson;
	}

	/** One page of the person's contacts, newest first. */
	List<Contact> contactsOf(UUID personId, long offset, int limit) {
		return contacts(
				this.jdbc.sql(CONTACTS).param("person", personId).param("limit", limit).param("offset", offset));
	}

	/**
	 * When the person's newest contacts took place, in the order of {@link #contactsOf},
	 * at most {@code limit}.
	 */
	List<Instant> contactTimesOf(UUID personId, int limit) {
		return this.jdbc
			.sql("select occurred_at from contact where person_id = :person order by occurred_at desc, id limit :limit")
			.param("person", personId)
			.param("limit", limit)
			.query((rs, row) -> rs.getObject(1, OffsetDateTime.class).toInstant())
			.list();
	}

	/** How many contacts the person has, counted over their index. */
	long contactCountOf(UUID personId) {
		return this.jdbc.sql("select count(*) from contact where person_id = :person")
			.param("person", personId)
			.query(Long.class)
			.single();
	}

	/** The person's contact with that id; empty when they have none such. */
	Optional<Contact> contactOf(UUID personId, UUID contactId) {
		return contacts(this.jdbc.sql(CONTACT).param("id", contactId).param("person", personId)).stream().findFirst();
	}

	/**
	 * The contacts a statement reads, a row per participant, in the statement's order.
	 */
	private static List<Contact> contacts(StatementSpec statement) {
		Map<UUID, ContactRow> rows = new LinkedHashMap<>();
		statement.query((rs) -> {
			ContactRow row = rows.computeIfAbsent(rs.getObject("id", UUID.class), (id) -> contactRow(rs));
			UUID staff = rs.getObject("staff_id", UUID.class);
			if (staff != null) {
				row.participants().add(new Participant(staff));
			}
		});
		return rows.values().stream().map(ContactRow::contact).toList();
	}

	private static ConsentRow consentRow(ResultSet rs) {
		try {
			return new ConsentRow(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
					rs.getObject("given_on", LocalDate.class), ConsentForm.valueOf(rs.getString("form")),
					ConsentGiver.valueOf(rs.getString("given_by")), rs.getString("child_view"),
					rs.getObject("valid_until", LocalDate.class), rs.getObject("majority_on", LocalDate.class),
					rs.getString("note"), rs.getObject("recorded_by", UUID.class), instant(rs, "recorded_at"),
					instant(rs, "revoked_at"), rs.getObject("revoked_by", UUID.class),
					rs.getString("revocation_reason"), rs.getInt("version"), new HashSet<>());
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static ContactRow contactRow(ResultSet rs) {
		try {
			return new ContactRow(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
					rs.getObject("unit_id", UUID.class), rs.getObject("recorded_by", UUID.class),
					instant(rs, "occurred_at"), ContactChannel.valueOf(rs.getString("channel")),
					ContactPurpose.valueOf(rs.getString("purpose")), rs.getString("summary"),
					instant(rs, "recorded_at"), rs.getInt("version"), new HashSet<>());
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private record ConsentRow(UUID id, UUID personId, LocalDate givenOn, ConsentForm form, ConsentGiver givenBy,
			String childView, LocalDate validUntil, LocalDate majorityOn, String note, UUID recordedBy,
			Instant recordedAt, Instant revokedAt, UUID revokedBy, String revocationReason, int version,
			Set<CoveredPrincipal> principals) {

		Consent consent() {
			return new Consent(this.id, this.personId, this.givenOn, this.form, this.givenBy, this.childView,
					this.validUntil, this.majorityOn, this.note, this.recordedBy, this.recordedAt, this.revokedAt,
					this.revokedBy, this.revocationReason, this.principals, this.version);
		}

	}

	private record ContactRow(UUID id, UUID personId, UUID unitId, UUID recordedBy, Instant occurredAt,
			ContactChannel channel, ContactPurpose purpose, String summary, Instant recordedAt, int version,
			Set<Participant> participants) {

		Contact contact() {
			return new Contact(this.id, this.personId, this.unitId, this.recordedBy, this.occurredAt, this.channel,
					this.purpose, this.summary, this.recordedAt, this.participants, this.version);
		}

	}

}

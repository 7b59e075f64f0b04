package se.samverkan.individuals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which units are involved with which persons, and why they first became so. */
@Repository
class Involvements {

	private final JdbcClient jdbc;

	Involvements(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Makes the unit involved, its principal shared with until that day
	 * ({@link VisibilityPolicy#sharedUntil}); {@code false} when it already was.
	 */
	boolean involve(UUID personId, UUID unitId, InvolvementReason reason, Instant since, LocalDate sharedUntil) {
		boolean already = this.jdbc
			.sql("select count(*) from person_involvement where person_id = :person and unit_id = :unit")
			.param("person", personId)
			.param("unit", unitId)
			.query(Long.class)
			.single() > 0;
		if (already) {
			return false;
		}
		this.jdbc.sql("""
				insert into person_involvement (person_id, unit_id, reason, since, shared_until)
				values (:person, :unit, :reason, :since, :sharedUntil)
				""")
			.param("person", personId)
			.param("unit", unitId)
			.param("reason", reason.name())
			.param("since", OffsetDateTime.ofInstant(since, ZoneOffset.UTC))
			.param("sharedUntil", sharedUntil)
			.update();
		return true;
	}

	/** Until when the involved unit's principal shares the person's data, anew. */
	void share(UUID personId, UUID unitId, LocalDate sharedUntil) {
		this.jdbc.sql(
				"update person_involvement set shared_until = :sharedUntil where person_id = :person and unit_id = :unit")
			.param("person", personId)
			.param("unit", unitId)
			.param("sharedUntil", sharedUntil)
			.update();
	}

	/** The persons the unit is involved with or registered. */
	List<UUID> personsAround(UUID unitId) {
		return this.jdbc.sql("""
				select person_id from person_involvement where unit_id = :unit
				union select id from person where registered_by_unit_id = :unit
				""").param("unit", unitId).query(UUID.class).list();
	}

	/**
	 * Locks the person's row until the transaction ends, so that changes of consents and
	 * involvements, which each compute {@link VisibilityPolicy#sharedUntil} from the
	 * person's consents and involvements, happen one after the other.
	 */
	void lockPerson(UUID personId) {
		this.jdbc.sql("select id from person where id = :person for update")
			.param("person", personId)
			.query(UUID.class)
			.optional();
	}

	Set<UUID> unitsOf(UUID personId) {
		return new HashSet<>(this.jdbc.sql("select unit_id from person_involvement where person_id = :person")
			.param("person", personId)
			.query(UUID.class)
			.list());
	}

	List<Involvement> of(List<UUID> personIds) {
		if (personIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("select person_id, unit_id from person_involvement where person_id in (:persons)")
			.param("persons", personIds)
			.query((rs, row) -> new Involvement(rs.getObject("person_id", UUID.class),
					rs.getObject("unit_id", UUID.class)))
			.list();
	}

	record Involvement(UUID personId, UUID unitId) {
	}

}

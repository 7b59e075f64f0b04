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

	/** Makes the unit involved; {@code false} when it already was. */
	boolean involve(UUID personId, UUID unitId, InvolvementReason reason, Instant since) {
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
				insert into person_involvement (person_id, unit_id, reason, since)
				values (:person, :unit, :reason, :since)
				""")
			.param("person", personId)
			.param("unit", unitId)
			.param("reason", reason.name())
			.param("since", OffsetDateTime.ofInstant(since, ZoneOffset.UTC))
			.update();
		return true;
	}

	Set<UUID> unitsOf(UUID personId) {
		return new HashSet<>(this.jdbc.sql("select unit_id from person_involvement where person_id = :person")
			.param("person", personId)
			.query(UUID.class)
			.list());
	}

	/** The persons the unit is involved with who were born in that period (inclusive). */
	List<UUID> personsBornBetween(UUID unitId, LocalDate from, LocalDate to) {
		return this.jdbc.sql("""
				select i.person_id from person_involvement i join person p on p.id = i.person_id
				where i.unit_id = :unit and p.birth_date between :from and :to
				""").param("unit", unitId).param("from", from).param("to", to).query(UUID.class).list();
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

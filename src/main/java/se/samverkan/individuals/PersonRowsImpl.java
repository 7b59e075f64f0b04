package se.samverkan.individuals;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import static se.samverkan.shared.Timestamps.instant;

/** {@link PersonRows} in SQL; Spring Data JDBC finds it by its name. */
class PersonRowsImpl implements PersonRows {

	private final JdbcClient jdbc;

	PersonRowsImpl(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<Person> findById(UUID id) {
		return one("id", id);
	}

	@Override
	public List<Person> findAllById(Iterable<UUID> ids) {
		List<UUID> list = new ArrayList<>();
		ids.forEach(list::add);
		if (list.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("select * from person where id in (:ids)")
			.param("ids", list)
			.query(PersonRowsImpl::person)
			.list();
	}

	@Override
	public Optional<Person> findByPersonalIdentityNumber(String personalIdentityNumber) {
		return one("personal_identity_number", personalIdentityNumber);
	}

	/** The person whose unique column holds the value. */
	private Optional<Person> one(String column, Object value) {
		return this.jdbc.sql("select * from person where " + column + " = :value")
			.param("value", value)
			.query(PersonRowsImpl::person)
			.optional();
	}

	private static Person person(ResultSet rs, int row) throws SQLException {
		return new Person(rs.getObject("id", UUID.class), rs.getString("personal_identity_number"),
				rs.getObject("birth_date", LocalDate.class), rs.getString("first_name"), rs.getString("last_name"),
				rs.getObject("home_municipality_id", UUID.class), rs.getBoolean("protected_identity"),
				rs.getObject("registered_by_unit_id", UUID.class), instant(rs, "registered_at"),
				rs.getString("sip_reference"), rs.getInt("version"));
	}

}

package se.samverkan.individuals;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** All registered persons. */
interface Persons extends ListCrudRepository<Person, UUID> {

	/**
	 * Written out, not derived: Spring Data JDBC builds a derived query's SQL on every
	 * call (each lookup).
	 */
	@Query("select * from person where personal_identity_number = :personalIdentityNumber")
	Optional<Person> findByPersonalIdentityNumber(String personalIdentityNumber);

}

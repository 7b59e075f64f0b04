package se.samverkan.individuals;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Persons read from their rows by hand: Spring Data JDBC's generic mapping of one person
 * cost about as much CPU as the rest of a lookup's statements together (JFR, the lookup
 * page). Spring Data prefers these to its own implementations; saving stays its own.
 */
interface PersonRows {

	Optional<Person> findById(UUID id);

	List<Person> findAllById(Iterable<UUID> ids);

	Optional<Person> findByPersonalIdentityNumber(String personalIdentityNumber);

}

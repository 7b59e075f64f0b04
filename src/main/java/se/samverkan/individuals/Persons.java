package se.samverkan.individuals;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/** All registered persons. */
interface Persons extends ListCrudRepository<Person, UUID> {

	Optional<Person> findByPersonalIdentityNumber(String personalIdentityNumber);

}

package se.samverkan.individuals;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/** All registered persons; read through {@link PersonRows}. */
interface Persons extends ListCrudRepository<Person, UUID>, PersonRows {

	@Override
	Optional<Person> findById(UUID id);

	@Override
	List<Person> findAllById(Iterable<UUID> ids);

}

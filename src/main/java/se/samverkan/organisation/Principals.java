package se.samverkan.organisation;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/** All principals. */
public interface Principals extends ListCrudRepository<Principal, UUID> {

	Optional<Principal> findByName(String name);

}

package se.samverkan.individuals;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/** All contacts about persons. */
interface Contacts extends ListCrudRepository<Contact, UUID> {

	List<Contact> findByPersonIdOrderByOccurredAtDesc(UUID personId);

}

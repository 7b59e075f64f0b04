package se.samverkan.individuals;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/**
 * All contacts about persons; a person's are read with their participants by
 * {@link PersonReads}.
 */
interface Contacts extends ListCrudRepository<Contact, UUID> {

}

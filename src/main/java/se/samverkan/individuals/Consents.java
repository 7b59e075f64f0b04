package se.samverkan.individuals;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/**
 * All consents, revoked ones included; a person's are read with their principals by
 * {@link PersonReads}.
 */
interface Consents extends ListCrudRepository<Consent, UUID> {

}

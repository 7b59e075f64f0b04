package se.samverkan.individuals;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/** All consents, revoked ones included. */
interface Consents extends ListCrudRepository<Consent, UUID> {

	List<Consent> findByPersonIdOrderByGivenOnDescRecordedAtDesc(UUID personId);

	List<Consent> findByPersonIdIn(java.util.Collection<UUID> personIds);

}

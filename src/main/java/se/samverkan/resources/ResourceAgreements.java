package se.samverkan.resources;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/** All resource agreements. */
interface ResourceAgreements extends ListCrudRepository<ResourceAgreement, UUID> {

	List<ResourceAgreement> findAllByOrderByProposedAtDesc();

}

package se.samverkan.resources;

import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** All resource agreements. */
interface ResourceAgreements extends ListCrudRepository<ResourceAgreement, UUID> {

	/** Agreements in approval that list the unit and it has not approved yet. */
	@Query("""
			select count(*) from resource_agreement g join resource_agreement_party r on r.resource_agreement_id = g.id
			where r.unit_id = :unitId and g.status = 'IN_APPROVAL' and not exists
			  (select 1 from resource_agreement_approval a where a.resource_agreement_id = g.id and a.unit_id = :unitId)
			""")
	long countAwaitingApprovalOf(UUID unitId);

}

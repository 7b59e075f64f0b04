package se.samverkan.organisation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/** All units. */
public interface Units extends ListCrudRepository<Unit, UUID> {

	List<Unit> findByAgreementPartyTrue();

	Optional<Unit> findByPrincipalIdAndName(UUID principalId, String name);

}

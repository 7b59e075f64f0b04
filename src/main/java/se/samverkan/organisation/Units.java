package se.samverkan.organisation;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/** All units. */
public interface Units extends ListCrudRepository<Unit, UUID> {

	List<Unit> findByAgreementPartyTrue();

}

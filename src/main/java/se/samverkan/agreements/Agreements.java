package se.samverkan.agreements;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/** All agreements. */
interface Agreements extends ListCrudRepository<Agreement, UUID> {

	List<Agreement> findAllByOrderByValidFromDesc();

	boolean existsByReplacesId(UUID replacesId);

}

package se.samverkan.matters;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/** All matters. */
interface Matters extends ListCrudRepository<Matter, UUID> {

	List<Matter> findByStatusOrderByChangedAtDesc(MatterStatus status);

}

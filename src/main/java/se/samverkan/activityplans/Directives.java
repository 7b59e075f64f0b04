package se.samverkan.activityplans;

import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.ListCrudRepository;

/** All directives. */
interface Directives extends ListCrudRepository<Directive, UUID> {

	List<Directive> findByActivityIdOrderByIssuedAt(UUID activityId);

	List<Directive> findAllByOrderByIssuedAtDesc();

	List<Directive> findByActivityIdOrderByIssuedAtAscIdAsc(UUID activityId, Pageable pageable);

	long countByActivityId(UUID activityId);

	List<Directive> findAllByOrderByIssuedAtDescIdAsc(Pageable pageable);

}

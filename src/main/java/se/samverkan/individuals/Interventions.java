package se.samverkan.individuals;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/** All interventions. */
interface Interventions extends ListCrudRepository<Intervention, UUID> {

	List<Intervention> findByPersonIdOrderByStartedOnDesc(UUID personId);

	List<Intervention> findByPersonIdIn(Collection<UUID> personIds);

}

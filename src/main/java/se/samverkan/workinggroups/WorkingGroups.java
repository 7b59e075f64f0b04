package se.samverkan.workinggroups;

import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.ListCrudRepository;

/** All working groups. */
interface WorkingGroups extends ListCrudRepository<WorkingGroup, UUID> {

	List<WorkingGroup> findAllByOrderByFormedAtDescIdAsc(Pageable pageable);

}

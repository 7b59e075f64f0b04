package se.samverkan.activityplans;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.ListCrudRepository;

/** All activity plans, one per year. */
interface ActivityPlans extends ListCrudRepository<ActivityPlan, UUID> {

	Optional<ActivityPlan> findByYear(int year);

	List<ActivityPlan> findAllByOrderByYearDesc();

	List<ActivityPlan> findAllByOrderByYearDescIdAsc(Pageable pageable);

}

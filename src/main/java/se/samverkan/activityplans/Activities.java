package se.samverkan.activityplans;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/** The activities of all plans. */
interface Activities extends ListCrudRepository<Activity, UUID> {

	List<Activity> findByActivityPlanIdOrderByPosition(UUID activityPlanId);

}

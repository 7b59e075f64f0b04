package se.samverkan.activityplans;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** The activities of all plans. */
interface Activities extends ListCrudRepository<Activity, UUID> {

	/**
	 * Written out, not derived: Spring Data JDBC builds a derived query's SQL on every
	 * call (the plan page).
	 */
	@Query("select * from activity where activity_plan_id = :activityPlanId order by position")
	List<Activity> findByActivityPlanIdOrderByPosition(UUID activityPlanId);

}

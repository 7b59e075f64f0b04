package se.samverkan.activityplans;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** The activities of all plans. */
interface Activities extends ListCrudRepository<Activity, UUID> {

	// Written out, not derived: Spring Data JDBC builds a derived query's SQL again on
	// every
	// call (5 % of the person page's CPU in a profile at national scale).
	@Query("select * from activity where activity_plan_id = :activityPlanId order by position")
	List<Activity> findByActivityPlanIdOrderByPosition(UUID activityPlanId);

}

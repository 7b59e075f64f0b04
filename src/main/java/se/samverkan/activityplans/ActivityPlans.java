package se.samverkan.activityplans;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** All activity plans, one per year. */
interface ActivityPlans extends ListCrudRepository<ActivityPlan, UUID>, PlanApprovalWrites {

	Optional<ActivityPlan> findByYear(int year);

	/** Plans in approval that the unit is a party to and has not approved yet. */
	@Query("""
			select count(*) from activity_plan p join activity_plan_party r on r.activity_plan_id = p.id
			where r.unit_id = :unitId and p.status = 'IN_APPROVAL' and not exists
			  (select 1 from activity_plan_approval a where a.activity_plan_id = p.id and a.unit_id = :unitId)
			""")
	long countAwaitingApprovalOf(UUID unitId);

}

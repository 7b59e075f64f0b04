package se.samverkan.activityplans;

import java.util.UUID;

/**
 * Saves one party's approval of a plan as the one row it adds. Saving the aggregate would
 * delete and insert again every party and approval of the plan: 332 parties at national
 * scale, rewritten for each of their approvals.
 */
interface PlanApprovalWrites {

	/**
	 * Saves the plan after {@link ActivityPlan#approve} by the unit: its own columns and
	 * the unit's approval; its parties and the other approvals are as they were.
	 * @throws org.springframework.dao.OptimisticLockingFailureException when someone else
	 * saved the plan since it was read
	 */
	ActivityPlan saveApproval(ActivityPlan plan, UUID unitId);

}

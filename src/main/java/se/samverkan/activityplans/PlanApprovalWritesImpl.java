package se.samverkan.activityplans;

import java.util.UUID;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static se.samverkan.shared.Timestamps.utc;

/** {@link PlanApprovalWrites} in SQL; Spring Data JDBC finds it by its name. */
class PlanApprovalWritesImpl implements PlanApprovalWrites {

	private final JdbcClient jdbc;

	PlanApprovalWritesImpl(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional
	public ActivityPlan saveApproval(ActivityPlan plan, UUID unitId) {
		ApprovalCycle cycle = plan.cycle();
		ApprovalCycle.Approval approval = cycle.approvals().get(unitId);
		if (approval == null || plan.version() == null) {
			throw new IllegalArgumentException("the plan holds no approval of the unit to save");
		}
		ApprovalCycle.SendBack sentBack = cycle.sentBack();
		int version = plan.version() + 1;
		int updated = this.jdbc.sql("""
				update activity_plan
				set status = :status, revision = :revision, submitted_at = :submittedAt, approved_at = :approvedAt,
				    sent_back_unit_id = :sentBackUnit, sent_back_by = :sentBackBy, sent_back_reason = :sentBackReason,
				    sent_back_at = :sentBackAt, version = :version
				where id = :id and version = :expected
				""")
			.param("status", plan.status().name())
			.param("revision", plan.revision())
			.param("submittedAt", utc(plan.submittedAt()))
			.param("approvedAt", utc(plan.approvedAt()))
			.param("sentBackUnit", (sentBack != null) ? sentBack.unitId() : null)
			.param("sentBackBy", (sentBack != null) ? sentBack.sentBackBy() : null)
			.param("sentBackReason", (sentBack != null) ? sentBack.reason() : null)
			.param("sentBackAt", (sentBack != null) ? utc(sentBack.sentBackAt()) : null)
			.param("version", version)
			.param("id", plan.id())
			.param("expected", plan.version())
			.update();
		if (updated != 1) {
			throw new OptimisticLockingFailureException("activity plan " + plan.id() + " was saved by someone else");
		}
		this.jdbc.sql("""
				insert into activity_plan_approval (activity_plan_id, unit_id, approved_by, approved_at)
				values (:plan, :unit, :by, :at)
				""")
			.param("plan", plan.id())
			.param("unit", unitId)
			.param("by", approval.approvedBy())
			.param("at", utc(approval.approvedAt()))
			.update();
		plan.saved(version);
		return plan;
	}

}

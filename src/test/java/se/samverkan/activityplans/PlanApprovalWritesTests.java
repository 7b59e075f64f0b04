package se.samverkan.activityplans;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.dao.OptimisticLockingFailureException;

import se.samverkan.testing.CountingDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An approval is saved as the one row it adds (issue 7): the plan's parties and the other
 * approvals stay the rows they were, and a plan saved by someone else in between is
 * refused, not overwritten.
 */
@Import(CountingDataSource.Installed.class)
class PlanApprovalWritesTests extends YearlyApplicationTest {

	@Autowired
	ActivityPlans plans;

	@Test
	@DisplayName("R12 an approval adds its row and leaves the plan's parties and other approvals untouched")
	void r12AnApprovalWritesOnlyItsRow() throws Exception {
		UUID plan = submitted(2074);
		approve(plan, "chef.vh");
		int before = this.plans.findById(plan).orElseThrow().version();
		List<String> written = CountingDataSource.preparedBy(() -> approve(plan, "chef.karlstad"))
			.stream()
			.map((sql) -> sql.toLowerCase(Locale.ROOT))
			.filter((sql) -> !sql.stripLeading().startsWith("select"))
			.toList();
		assertThat(written).noneMatch((sql) -> sql.contains("activity_plan_party"))
			.noneMatch((sql) -> sql.contains("delete from activity_plan_approval"))
			.anyMatch((sql) -> sql.contains("insert into activity_plan_approval"));

		ActivityPlan saved = this.plans.findById(plan).orElseThrow();
		assertThat(saved.cycle().parties()).hasSize(YearlyFixture.HEADS.size());
		assertThat(saved.cycle().approvals()).containsOnlyKeys(this.fixture.unitOf("chef.vh"),
				this.fixture.unitOf("chef.karlstad"));
		assertThat(saved.status()).isEqualTo(ApprovalStatus.IN_APPROVAL);
		assertThat(saved.version()).isEqualTo(before + 1);
	}

	@Test
	@DisplayName("R12 the last approval makes the plan approved through the same write")
	void r12TheLastApprovalApproves() throws Exception {
		UUID plan = submitted(2075);
		for (String head : YearlyFixture.HEADS) {
			approve(plan, head);
		}
		ActivityPlan saved = this.plans.findById(plan).orElseThrow();
		assertThat(saved.status()).isEqualTo(ApprovalStatus.APPROVED);
		assertThat(saved.approvedAt()).isEqualTo(saved.cycle()
			.approvals()
			.values()
			.stream()
			.map(ApprovalCycle.Approval::approvedAt)
			.max(Instant::compareTo)
			.orElseThrow());
		assertThat(saved.cycle().approvals()).hasSize(YearlyFixture.HEADS.size());
	}

	@Test
	@DisplayName("R12 an approval of a plan someone else saved since it was read is refused")
	void r12AStaleApprovalIsRefused() throws Exception {
		UUID plan = submitted(2078);
		ActivityPlan first = this.plans.findById(plan).orElseThrow();
		ActivityPlan second = this.plans.findById(plan).orElseThrow();
		first.approve(approver("chef.vh"), Instant.now(this.clock));
		second.approve(approver("chef.buh"), Instant.now(this.clock));
		this.plans.saveApproval(first, this.fixture.unitOf("chef.vh"));

		assertThatExceptionOfType(OptimisticLockingFailureException.class)
			.isThrownBy(() -> this.plans.saveApproval(second, this.fixture.unitOf("chef.buh")));
		assertThat(this.plans.findById(plan).orElseThrow().cycle().approvals())
			.containsOnlyKeys(this.fixture.unitOf("chef.vh"));
	}

	private UUID submitted(int year) throws Exception {
		String plan = this.fixture.plan(year);
		this.fixture.activity(plan, "Gemensam rutin");
		this.mvc.perform(post("/api/v1/activity-plans/{id}/submission", plan).with(this.fixture.as("mar.karlstad")))
			.andExpect(status().isOk());
		return UUID.fromString(plan);
	}

	private void approve(UUID plan, String head) throws Exception {
		this.mvc.perform(post("/api/v1/activity-plans/{id}/approvals", plan).with(this.fixture.as(head)))
			.andExpect(status().isOk());
	}

	private ApprovalCycle.Approver approver(String head) {
		return new ApprovalCycle.Approver(this.fixture.staffId(head), this.fixture.unitOf(head), true);
	}

}

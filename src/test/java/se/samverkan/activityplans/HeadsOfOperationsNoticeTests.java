package se.samverkan.activityplans;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.notification.Notice;
import se.samverkan.organisation.StaffFunction;
import se.samverkan.testing.CountingDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A plan submitted for approval (R12) and a resource agreement proposed (R15) are told to
 * the active heads of operations of their parties' units and to no one else, and the
 * directory is asked for the holders at those units only (issue 7: some 930 units of the
 * country, each with its head, where the write read every head and kept its parties'): it
 * reads as many rows however many heads of operations other units have. The test's units
 * and staff are rolled back with its transaction; the notices are read as published.
 */
@Import(CountingDataSource.Installed.class)
@RecordApplicationEvents
@Transactional
class HeadsOfOperationsNoticeTests extends YearlyApplicationTest {

	private static final int ELSEWHERE = 300;

	@Autowired
	ApplicationEvents events;

	private int sequence;

	@Test
	@DisplayName("R15 a proposed resource agreement is told to the active heads of operations of its parties' units only")
	void r15AProposalIsToldToItsPartiesHeads() throws Exception {
		UUID municipality = principal();
		UUID first = unit(municipality);
		UUID second = unit(municipality);
		UUID other = unit(municipality);
		UUID firstHead = staff(first, true, StaffFunction.HEAD_OF_OPERATIONS);
		UUID secondHead = staff(second, true, StaffFunction.HEAD_OF_OPERATIONS);
		UUID formerHead = staff(first, false, StaffFunction.HEAD_OF_OPERATIONS);
		UUID caseWorker = staff(first, true, StaffFunction.CASE_WORKER);
		UUID otherHead = staff(other, true, StaffFunction.HEAD_OF_OPERATIONS);

		String id = propose(first, second);

		assertThat(recipients("resources.notice.proposed", "/resource-agreements/" + id))
			.as("the active heads of the parties' units, not a former head, a case worker or another unit's head")
			.containsExactlyInAnyOrder(firstHead, secondHead)
			.doesNotContain(formerHead, caseWorker, otherHead);
	}

	@Test
	@DisplayName("R12 a submitted plan is told to the active heads of operations of the agreement's parties only")
	void r12ASubmittedPlanIsToldToThePartiesHeads() throws Exception {
		UUID filipstad = this.fixture.unitOf("chef.filipstad");
		UUID secondHead = staff(filipstad, true, StaffFunction.HEAD_OF_OPERATIONS);
		UUID formerHead = staff(filipstad, false, StaffFunction.HEAD_OF_OPERATIONS);
		UUID otherHead = staff(unit(principal()), true, StaffFunction.HEAD_OF_OPERATIONS);

		String plan = draft();
		submit(plan);

		Set<UUID> expected = YearlyFixture.HEADS.stream().map(this.fixture::staffId).collect(Collectors.toSet());
		expected.add(secondHead);
		assertThat(recipients("activityplans.notice.submitted", "/activity-plans/" + plan))
			.as("the 18 parties' heads and the second head of one, not a former head or another unit's head")
			.containsExactlyInAnyOrderElementsOf(expected)
			.doesNotContain(formerHead, otherHead);
	}

	@Test
	@DisplayName("R12 R15 issue 7 proposing a resource agreement and submitting a plan read as many rows with 300 more heads of operations at other units")
	void theWritesReadAsManyRowsWithMoreHeadsElsewhere() throws Exception {
		UUID municipality = principal();
		UUID first = unit(municipality);
		UUID second = unit(municipality);
		staff(first, true, StaffFunction.HEAD_OF_OPERATIONS);
		staff(second, true, StaffFunction.HEAD_OF_OPERATIONS);
		propose(first, second);
		submit(draft());
		String[] plans = { draft(), draft() };

		long proposing = CountingDataSource.rowsOf(() -> propose(first, second));
		long submitting = CountingDataSource.rowsOf(() -> submit(plans[0]));

		for (int i = 0; i < ELSEWHERE; i++) {
			staff(unit(municipality), true, StaffFunction.HEAD_OF_OPERATIONS);
		}

		assertThat(CountingDataSource.rowsOf(() -> propose(first, second))).as("proposing, rows read")
			.isEqualTo(proposing);
		assertThat(CountingDataSource.rowsOf(() -> submit(plans[1]))).as("submitting, rows read").isEqualTo(submitting);
		assertThat(recipients("activityplans.notice.submitted", "/activity-plans/" + plans[1]))
			.hasSize(YearlyFixture.HEADS.size());
	}

	/** The recipients of the one notice published with that key and link. */
	private Set<UUID> recipients(String key, String link) {
		List<Notice> notices = this.events.stream(Notice.class)
			.filter((notice) -> notice.messageKey().equals(key) && notice.link().equals(link))
			.toList();
		assertThat(notices).as("notices %s to %s", key, link).hasSize(1);
		return new HashSet<>(notices.get(0).recipientStaffIds());
	}

	/** A resource agreement between those units, proposed by a steering-group member. */
	private String propose(UUID... units) throws Exception {
		String unitIds = List.of(units).stream().map((unit) -> "\"" + unit + "\"").collect(Collectors.joining(","));
		return YearlyFixture.id(
				this.mvc
					.perform(this.fixture
						.json(post("/api/v1/resource-agreements"), "mar.arvika",
								"{\"title\":\"Gemensam utbildning\",\"description\":\"Två dagar\",\"unitIds\":[%s]}"
									.formatted(unitIds)))
					.andExpect(status().isCreated())
					.andReturn());
	}

	/**
	 * A draft plan with one activity, for the latest year without a plan: other tests
	 * keep the plans of the years they chose.
	 */
	private String draft() throws Exception {
		Set<Integer> taken = new HashSet<>(
				this.jdbc.sql("select plan_year from activity_plan").query(Integer.class).list());
		int year = 2100;
		while (taken.contains(year)) {
			year--;
		}
		String plan = this.fixture.plan(year);
		this.fixture.activity(plan, "Gemensam rutin");
		return plan;
	}

	private void submit(String plan) throws Exception {
		this.mvc.perform(post("/api/v1/activity-plans/{id}/submission", plan).with(this.fixture.as("mar.karlstad")))
			.andExpect(status().isOk());
	}

	private UUID principal() {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into principal (id, name, kind, active, version)
				values (:id, :name, 'MUNICIPALITY', true, 1)
				""").param("id", id).param("name", "Aviseringskommun " + id).update();
		return id;
	}

	/** A unit that is not a party of the agreement in force. */
	private UUID unit(UUID principal) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into unit (id, principal_id, name, kind, agreement_party, active, version)
				values (:id, :principal, :name, 'LSS', false, true, 1)
				""").param("id", id).param("principal", principal).param("name", "Enhet " + ++this.sequence).update();
		return id;
	}

	private UUID staff(UUID unit, boolean active, StaffFunction function) {
		UUID id = UUID.randomUUID();
		String username = "avisering." + id;
		this.jdbc.sql("""
				insert into staff (id, username, display_name, unit_id, active, version)
				values (:id, :username, :name, :unit, :active, 1)
				""")
			.param("id", id)
			.param("username", username)
			.param("name", "Avisering " + ++this.sequence)
			.param("unit", unit)
			.param("active", active)
			.update();
		this.jdbc.sql("insert into staff_function (staff_id, function) values (:id, :function)")
			.param("id", id)
			.param("function", function.name())
			.update();
		return id;
	}

}

package se.samverkan.home;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import se.samverkan.activityplans.YearlyFixture;
import se.samverkan.organisation.Directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The start page counts what of the yearly cycle waits for the signed-in user. */
@SpringBootTest
@AutoConfigureMockMvc
class StartPageYearlyTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Directory directory;

	YearlyFixture fixture;

	@BeforeEach
	void fixture() {
		this.fixture = new YearlyFixture(this.mvc, this.directory);
	}

	private long count(String username, String attribute) throws Exception {
		Object value = this.mvc.perform(get("/").with(this.fixture.as(username)))
			.andExpect(status().isOk())
			.andReturn()
			.getModelAndView()
			.getModel()
			.get(attribute);
		return ((Number) value).longValue();
	}

	@Test
	@DisplayName("R12 the start page counts the activity plans awaiting the approval of the head of operations' party")
	void r12PlansAwaitingTheHeadsApproval() throws Exception {
		long before = count("chef.storfors", "plansToApprove");
		String plan = this.fixture.plan(2056);
		this.fixture.activity(plan, "Startsidans aktivitet");
		this.mvc.perform(post("/api/v1/activity-plans/{id}/submission", plan).with(this.fixture.as("mar.karlstad")))
			.andExpect(status().isOk());

		assertThat(count("chef.storfors", "plansToApprove")).isEqualTo(before + 1);
		assertThat(count("lss.storfors", "plansToApprove")).isZero();
		this.mvc.perform(post("/api/v1/activity-plans/{id}/approvals", plan).with(this.fixture.as("chef.storfors")))
			.andExpect(status().isOk());
		assertThat(count("chef.storfors", "plansToApprove")).isEqualTo(before);
	}

	@Test
	@DisplayName("R15 the start page counts the resource agreements awaiting the approval of a listed unit's head")
	void r15ResourceAgreementsAwaitingTheHeadsApproval() throws Exception {
		long listed = count("chef.munkfors", "resourceAgreementsToApprove");
		long notListed = count("chef.torsby", "resourceAgreementsToApprove");
		String id = YearlyFixture
			.id(this.mvc
				.perform(this.fixture.json(post("/api/v1/resource-agreements"), "mar.arvika",
						"{\"title\":\"Startsidans överenskommelse\",\"description\":\"En dag\",\"unitIds\":[\"%s\"]}"
							.formatted(this.fixture.unitOf("chef.munkfors"))))
				.andExpect(status().isCreated())
				.andReturn());

		assertThat(count("chef.munkfors", "resourceAgreementsToApprove")).isEqualTo(listed + 1);
		assertThat(count("chef.torsby", "resourceAgreementsToApprove")).isEqualTo(notListed);
		this.mvc.perform(post("/api/v1/resource-agreements/{id}/approvals", id).with(this.fixture.as("chef.munkfors")))
			.andExpect(status().isOk());
		assertThat(count("chef.munkfors", "resourceAgreementsToApprove")).isEqualTo(listed);
	}

	@Test
	@DisplayName("R16 the start page counts the evaluations a steering-group member has not answered")
	void r16EvaluationsNotAnswered() throws Exception {
		long before = count("chef.vh", "evaluationsToAnswer");
		String id = YearlyFixture
			.id(this.mvc.perform(this.fixture.json(post("/api/v1/evaluations"), "buh.samordnare", "{\"year\":2055}"))
				.andExpect(status().isCreated())
				.andReturn());

		assertThat(count("chef.vh", "evaluationsToAnswer")).isEqualTo(before + 1);
		assertThat(count("lss.karlstad", "evaluationsToAnswer")).isZero();
		StringBuilder answers = new StringBuilder();
		for (String question : List.of("RESULTS", "WORKING_FORMS", "MEETINGS", "WORKING_GROUPS", "INFORMATION")) {
			answers.append(answers.isEmpty() ? "" : ",").append("{\"questionId\":\"" + question + "\",\"score\":4}");
		}
		this.mvc
			.perform(this.fixture.json(post("/api/v1/evaluations/{id}/responses", id), "chef.vh",
					"{\"answers\":[" + answers + "]}"))
			.andExpect(status().isCreated());
		assertThat(count("chef.vh", "evaluationsToAnswer")).isEqualTo(before);
	}

}

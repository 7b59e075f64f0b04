package se.samverkan.activityplans;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import se.samverkan.testing.CountingDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A plan's page and the lists of plans and activities take as many SQL statements for a
 * plan of five activities, each with matters and contributions, as for a plan of one
 * (issue 7): no statement per activity, matter, contribution or plan.
 */
@Import(CountingDataSource.Installed.class)
class PlanReadStatementCountTests extends YearlyApplicationTest {

	@Test
	@DisplayName("R12 R22 a plan's page, the plan lists and the directive form take no statement per activity or plan")
	void readsTakeAConstantNumberOfStatements() throws Exception {
		String small = plan(2076, 1);
		long page = statements(get("/activity-plans/{id}", small));
		long api = statements(get("/api/v1/activity-plans/{id}", small));
		long list = statements(get("/activity-plans"));
		long apiList = statements(get("/api/v1/activity-plans"));
		long directiveForm = statements(get("/directives/new"));

		String large = plan(2077, 5);
		this.mvc.perform(get("/api/v1/activity-plans/{id}", large).with(this.fixture.as("mar.karlstad")))
			.andExpect(jsonPath("$.activities.length()").value(5))
			.andExpect(jsonPath("$.activities[4].matterIds.length()").value(3))
			.andExpect(jsonPath("$.activities[4].contributions.length()").value(2));
		this.mvc.perform(get("/activity-plans/{id}", large).with(this.fixture.as("mar.karlstad")))
			.andExpect(content().string(containsString("Gråzon 2077.5.3")));
		assertThat(statements(get("/activity-plans/{id}", large))).as("the plan's page").isEqualTo(page);
		assertThat(statements(get("/api/v1/activity-plans/{id}", large))).as("the API's plan").isEqualTo(api);
		assertThat(statements(get("/activity-plans"))).as("the plans page, one plan more").isEqualTo(list);
		assertThat(statements(get("/api/v1/activity-plans"))).as("the API's plans, one plan more").isEqualTo(apiList);
		assertThat(statements(get("/directives/new"))).as("the directive form, five activities more")
			.isEqualTo(directiveForm);
	}

	/**
	 * A draft plan of n activities, each linking three prioritised matters and with two
	 * contributions.
	 */
	private String plan(int year, int activities) throws Exception {
		String plan = this.fixture.plan(year);
		for (int i = 1; i <= activities; i++) {
			List<String> matters = new ArrayList<>();
			for (int m = 1; m <= 3; m++) {
				matters.add("\"" + this.fixture.prioritisedMatter("Gråzon " + year + "." + i + "." + m) + "\"");
			}
			this.mvc
				.perform(this.fixture.json(post("/api/v1/activity-plans/{id}/activities", plan), "mar.karlstad", """
						{"title":"Aktivitet %d","goal":"Tydligare ansvar","matterIds":[%s],"responsibleStaffId":"%s",
						 "dueOn":"2030-06-30","contributions":[{"unitId":"%s","resources":"10 timmar"},
						 {"unitId":"%s","resources":"En samordnare"}]}
						""".formatted(i, String.join(",", matters), this.fixture.staffId("mar.karlstad"),
						this.fixture.unitOf("chef.buh"), this.fixture.unitOf("chef.vh"))))
				.andExpect(status().isCreated());
		}
		return plan;
	}

	private long statements(MockHttpServletRequestBuilder request) throws Exception {
		return CountingDataSource.statementsOf(this.mvc, request.with(this.fixture.as("mar.karlstad")));
	}

}

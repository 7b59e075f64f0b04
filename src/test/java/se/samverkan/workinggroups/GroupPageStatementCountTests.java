package se.samverkan.workinggroups;

import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.activityplans.YearlyApplicationTest;
import se.samverkan.activityplans.YearlyFixture;
import se.samverkan.testing.CountingDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The working groups' page and the API's list of groups take as many SQL statements for a
 * page of five groups, each with three members, three milestones and three reports, as
 * for a page of one (issue 7): no statement per group, member, milestone or report,
 * counted by {@link CountingDataSource}; each group in the list is the group read on its
 * own. The test runs in a transaction that is rolled back, and removes the groups other
 * tests and the demo formed in it, so that the pages hold only its own groups.
 */
@Import(CountingDataSource.Installed.class)
@Transactional
class GroupPageStatementCountTests extends YearlyApplicationTest {

	private static final int YEAR = 2079;

	private static final String DIRECTIVE = """
			{"activityId":"%s","background":"Oklarheter","goal":"En gemensam rutin","assignment":"Ta fram en rutin",
			 "scope":"Barn 7–12 år","deliverables":"Rutin","timeframe":"Våren","resources":"20 timmar",
			 "reportTo":"Styrgruppen","decisionText":"Styrgruppens möte, § 4"}
			""";

	private static final String PLAN = """
			{"milestones":[{"title":"Kartläggning","dueOn":"%d-03-01","done":true},
			 {"title":"Förslag","dueOn":"%d-06-01"},{"title":"Beslut","dueOn":"%d-09-01"}]}
			""";

	@Test
	@DisplayName("R18 the groups page and the API's list take as many statements for five groups with members, milestones and reports as for one")
	void aPageOfGroupsTakesAConstantNumberOfStatements() throws Exception {
		for (String table : new String[] { "working_group_report", "working_group_milestone", "working_group_member",
				"working_group" }) {
			this.jdbc.sql("delete from " + table).update();
		}
		String plan = this.fixture.plan(YEAR);
		group(plan, 1);
		long page = statements(get("/working-groups?year={y}", YEAR));
		long api = statements(get("/api/v1/working-groups"));

		for (int i = 2; i <= 5; i++) {
			group(plan, i);
		}
		String list = this.mvc.perform(get("/api/v1/working-groups").with(this.fixture.as("lss.arvika")))
			.andExpect(jsonPath("$.items.length()").value(5))
			.andExpect(jsonPath("$.items[0].name").value("Arbetsgrupp 5"))
			.andExpect(jsonPath("$.items[*].members.length()", everyItem(is(3))))
			.andExpect(jsonPath("$.items[*].milestones.length()", everyItem(is(3))))
			.andExpect(jsonPath("$.items[*].reports.length()", everyItem(is(3))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		for (Map<String, Object> item : JsonPath.<List<Map<String, Object>>>read(list, "$.items")) {
			String single = this.mvc
				.perform(get("/api/v1/working-groups/{id}", item.get("id")).with(this.fixture.as("lss.arvika")))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(item).as("%s in the list and read on its own", item.get("name"))
				.isEqualTo(JsonPath.read(single, "$"));
		}
		this.mvc.perform(get("/working-groups?year={y}", YEAR).with(this.fixture.as("lss.arvika")))
			.andExpect(content().string(containsString("Arbetsgrupp 5")))
			.andExpect(content().string(containsString("Arbetsgrupp 1")));
		assertThat(statements(get("/working-groups?year={y}", YEAR))).as("the groups page, five groups against one")
			.isEqualTo(page);
		assertThat(statements(get("/api/v1/working-groups"))).as("the API's list, five groups against one")
			.isEqualTo(api);
	}

	/**
	 * Group n on an activity of its own, led by chef.vh, with three members (one mandate
	 * approved), three milestones (one reached) and three reports (the last of an odd
	 * group final, which completes it).
	 */
	private void group(String plan, int n) throws Exception {
		String activity = this.fixture.activity(plan, "Aktivitet " + n);
		String directive = created(
				this.fixture.json(post("/api/v1/directives"), "mar.karlstad", DIRECTIVE.formatted(activity)));
		String group = created(this.fixture.json(post("/api/v1/working-groups"), "buh.samordnare",
				"{\"activityId\":\"%s\",\"directiveId\":\"%s\",\"leadStaffId\":\"%s\",\"name\":\"Arbetsgrupp %d\"}"
					.formatted(activity, directive, this.fixture.staffId("chef.vh"), n)));
		for (String member : new String[] { "lss.arvika", "lss.karlstad", "buh.personal" }) {
			this.mvc
				.perform(
						this.fixture
							.json(post("/api/v1/working-groups/{id}/members", group), "chef.vh",
									"{\"staffId\":\"%s\",\"mandate\":\"Fyra timmar i månaden\"}"
										.formatted(this.fixture.staffId(member))))
				.andExpect(status().isCreated());
		}
		this.mvc
			.perform(post("/api/v1/working-groups/{id}/members/{s}/mandate-approval", group,
					this.fixture.staffId("lss.arvika"))
				.with(this.fixture.as("chef.arvika")))
			.andExpect(status().isOk());
		this.mvc
			.perform(this.fixture.json(put("/api/v1/working-groups/{id}/plan", group), "chef.vh",
					PLAN.formatted(YEAR, YEAR, YEAR)))
			.andExpect(status().isOk());
		for (String kind : new String[] { "PROGRESS", "ANNUAL", (n % 2 == 1) ? "FINAL" : "PROGRESS" }) {
			this.mvc
				.perform(this.fixture.json(post("/api/v1/working-groups/{id}/reports", group), "chef.vh",
						"{\"kind\":\"%s\",\"text\":\"Arbetet pågår\"}".formatted(kind)))
				.andExpect(status().isCreated());
		}
	}

	private String created(MockHttpServletRequestBuilder request) throws Exception {
		return YearlyFixture.id(this.mvc.perform(request).andExpect(status().isCreated()).andReturn());
	}

	private long statements(MockHttpServletRequestBuilder request) throws Exception {
		return CountingDataSource.statementsOf(this.mvc, request.with(this.fixture.as("lss.arvika")));
	}

}

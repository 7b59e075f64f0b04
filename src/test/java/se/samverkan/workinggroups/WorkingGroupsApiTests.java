package se.samverkan.workinggroups;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.context.annotation.Import;

import se.samverkan.activityplans.YearlyApplicationTest;
import se.samverkan.activityplans.YearlyFixture;
import se.samverkan.testing.CountingDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Directives and working groups over the API (R13, R17, R18): the lead is a
 * steering-group member, members have written mandates approved by their nearest manager,
 * the implementation plan, the reports and the activity's progress.
 */
@Import(CountingDataSource.Installed.class)
class WorkingGroupsApiTests extends YearlyApplicationTest {

	String directive(String activity, String user) throws Exception {
		return YearlyFixture.id(this.mvc.perform(this.fixture.json(post("/api/v1/directives"), user, """
				{"activityId":"%s","background":"Oklarheter kring korttidsvistelse","goal":"En gemensam rutin",
				 "assignment":"Ta fram en rutin","scope":"Barn 7–12 år","deliverables":"Rutin och utbildning",
				 "timeframe":"Våren","resources":"20 timmar per part","reportTo":"Styrgruppen",
				 "decisionText":"Styrgruppens möte 2026-10-02, § 4"}
				""".formatted(activity))).andExpect(status().isCreated()).andReturn());
	}

	String group(String activity, String directive, String lead) throws Exception {
		return YearlyFixture.id(this.mvc.perform(this.fixture.json(post("/api/v1/working-groups"), "buh.samordnare", """
				{"activityId":"%s","directiveId":"%s","leadStaffId":"%s","name":"Arbetsgrupp korttid"}
				""".formatted(activity, directive, this.fixture.staffId(lead))))
			.andExpect(status().isCreated())
			.andReturn());
	}

	@Test
	@DisplayName("R13 the steering group issues a directive for an activity; everyone reads it")
	void r13Directive() throws Exception {
		String plan = this.fixture.plan(2081);
		String activity = this.fixture.activity(plan, "Rutin för korttidsvistelse");
		this.mvc
			.perform(this.fixture.json(post("/api/v1/directives"), "lss.karlstad",
					"{\"activityId\":\"" + activity + "\"}"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(this.fixture.json(post("/api/v1/directives"), "mar.karlstad",
					"{\"activityId\":\"" + activity + "\",\"background\":\"x\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("validation-failed"));
		String directive = directive(activity, "mar.karlstad");
		this.mvc.perform(get("/api/v1/directives/{id}", directive).with(this.fixture.as("lss.arvika")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.activityTitle").value("Rutin för korttidsvistelse"))
			.andExpect(jsonPath("$.reportTo").value("Styrgruppen"))
			.andExpect(jsonPath("$.decisionText").value("Styrgruppens möte 2026-10-02, § 4"));
		this.mvc.perform(get("/api/v1/directives?activityId={a}", activity).with(this.fixture.as("lss.arvika")))
			.andExpect(jsonPath("$.total").value(1));
		this.mvc.perform(get("/api/v1/directives/{id}", directive)).andExpect(status().isUnauthorized());
	}

	@Test
	@DisplayName("R18 the lead must be a steering-group member, else 422 not-a-steering-group-member")
	void r18LeadMustBeASteeringGroupMember() throws Exception {
		String activity = this.fixture.activity(this.fixture.plan(2082), "Informationsdag");
		String directive = directive(activity, "buh.samordnare");
		this.mvc.perform(this.fixture.json(post("/api/v1/working-groups"), "buh.samordnare", """
				{"activityId":"%s","directiveId":"%s","leadStaffId":"%s","name":"Grupp"}
				""".formatted(activity, directive, this.fixture.staffId("lss.karlstad"))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("not-a-steering-group-member"));
		this.mvc.perform(this.fixture.json(post("/api/v1/working-groups"), "lss.karlstad", """
				{"activityId":"%s","directiveId":"%s","leadStaffId":"%s","name":"Grupp"}
				""".formatted(activity, directive, this.fixture.staffId("mar.karlstad"))))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(get("/api/v1/working-groups/{id}", group(activity, directive, "mar.karlstad"))
				.with(this.fixture.as("lss.karlstad")))
			.andExpect(jsonPath("$.leadName").isNotEmpty());
	}

	@Test
	@DisplayName("R18 members join with a written mandate that their nearest manager approves")
	void r18MembersWithMandatesApprovedByTheirManager() throws Exception {
		String activity = this.fixture.activity(this.fixture.plan(2083), "Gemensam introduktion");
		String group = group(activity, directive(activity, "mar.karlstad"), "mar.karlstad");
		String arvika = this.fixture.staffId("lss.arvika").toString();
		this.mvc
			.perform(this.fixture.json(post("/api/v1/working-groups/{id}/members", group), "mar.karlstad",
					"{\"staffId\":\"" + arvika + "\",\"mandate\":\"  \"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("mandate-required"));
		this.mvc
			.perform(this.fixture.json(post("/api/v1/working-groups/{id}/members", group), "lss.karlstad",
					"{\"staffId\":\"" + arvika + "\",\"mandate\":\"Fyra timmar i månaden\"}"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(this.fixture.json(post("/api/v1/working-groups/{id}/members", group), "mar.karlstad",
					"{\"staffId\":\"" + arvika + "\",\"mandate\":\"Fyra timmar i månaden\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.mandateStatus").value("PENDING"))
			.andExpect(jsonPath("$.mandate").value("Fyra timmar i månaden"));
		this.mvc
			.perform(post("/api/v1/working-groups/{id}/members/{s}/mandate-approval", group, arvika)
				.with(this.fixture.as("chef.karlstad")))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/v1/working-groups/{id}/members/{s}/mandate-approval", group, arvika)
				.with(this.fixture.as("mar.karlstad")))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/v1/working-groups/{id}/members/{s}/mandate-approval", group, arvika)
				.with(this.fixture.as("chef.arvika")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.members[0].mandateStatus").value("APPROVED"))
			.andExpect(jsonPath("$.members[0].mandateApprovedBy").isNotEmpty());
		await().untilAsserted(() -> assertThat(this.jdbc.sql(
				"select count(*) from notification where recipient_id = :m and message_key = 'workinggroups.notice.mandate'")
			.param("m", this.fixture.staffId("chef.arvika"))
			.query(Long.class)
			.single()).isGreaterThanOrEqualTo(1));
	}

	@Test
	@DisplayName("R17 R18 the plan's milestones give the progress; reports go to the steering group and the preparation group")
	void r18PlanReportsAndProgress() throws Exception {
		int year = 2086;
		String activity = this.fixture.activity(this.fixture.plan(year), "Samverkansrutin");
		String group = group(activity, directive(activity, "mar.karlstad"), "chef.vh");
		LocalDate today = LocalDate.now(this.clock);
		this.mvc
			.perform(this.fixture.json(put("/api/v1/working-groups/{id}/plan", group), "mar.karlstad",
					"{\"milestones\":[]}"))
			.andExpect(status().isForbidden());
		this.mvc.perform(this.fixture.json(put("/api/v1/working-groups/{id}/plan", group), "chef.vh", """
				{"milestones":[{"title":"Kartläggning","dueOn":"%s","done":true},{"title":"Förslag","dueOn":"%s"},
				 {"title":"Beslut","dueOn":"%s"},{"title":"Införande","dueOn":"%s"}]}
				""".formatted(today.plusDays(1), today.plusDays(30), today.plusDays(60), today.plusDays(90))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.percent").value(25))
			.andExpect(jsonPath("$.status").value("ON_TRACK"))
			.andExpect(jsonPath("$.milestones[0].done").value(true));
		this.mvc.perform(get("/api/v1/working-groups/progress?year={y}", year).with(this.fixture.as("lss.arvika")))
			.andExpect(jsonPath("$[0].title").value("Samverkansrutin"))
			.andExpect(jsonPath("$[0].percent").value(25))
			.andExpect(jsonPath("$[0].status").value("ON_TRACK"));

		this.mvc
			.perform(this.fixture.json(post("/api/v1/working-groups/{id}/reports", group), "chef.vh",
					"{\"kind\":\"ANNUAL\",\"text\":\"Året i korthet\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.sentTo").value("PREPARATION_GROUP"));
		this.mvc
			.perform(this.fixture.json(post("/api/v1/working-groups/{id}/reports", group), "chef.vh",
					"{\"kind\":\"PROGRESS\",\"text\":\"Kartläggningen är klar\"}"))
			.andExpect(jsonPath("$.sentTo").value("STEERING_GROUP"));
		this.mvc.perform(this.fixture.json(post("/api/v1/working-groups/{id}/reports", group), "chef.vh",
				"{\"kind\":\"FINAL\",\"text\":\"Rutinen är införd\"}"))
			.andExpect(status().isCreated());
		this.mvc.perform(this.fixture.json(post("/api/v1/working-groups/{id}/reports", group), "chef.vh",
				"{\"kind\":\"FINAL\",\"text\":\"Igen\"}"))
			.andExpect(status().isConflict());
		this.mvc.perform(get("/api/v1/working-groups/{id}", group).with(this.fixture.as("lss.arvika")))
			.andExpect(jsonPath("$.status").value("DONE"))
			.andExpect(jsonPath("$.percent").value(100))
			.andExpect(jsonPath("$.reports.length()").value(3));

		String csv = this.mvc
			.perform(get("/api/v1/working-groups/progress.csv?year={y}", year).with(this.fixture.as("lss.arvika")))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv.lines().toList()).hasSize(2);
		assertThat(csv.lines().toList().get(1)).contains("\"Samverkansrutin\"", "\"100\"", "\"DONE\"",
				"\"Arbetsgrupp korttid\"");
		this.mvc.perform(get("/api/v1/working-groups/progress.csv")).andExpect(status().isUnauthorized());
		String list = this.mvc.perform(get("/api/v1/working-groups").with(this.fixture.as("lss.arvika")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat((List<String>) JsonPath.read(list, "$.items[*].id")).contains(group);
	}

	@Test
	@DisplayName("R17 R18 a year's progress takes as many statements for four activities with groups and milestones as for one")
	void r18ProgressTakesAConstantNumberOfStatements() throws Exception {
		formGroupsWithMilestones(2089, 1);
		formGroupsWithMilestones(2090, 4);
		long forOne = CountingDataSource.statementsOf(() -> progress(2089, 1));
		long forFour = CountingDataSource.statementsOf(() -> progress(2090, 4));
		assertThat(forFour).isEqualTo(forOne);
	}

	@Test
	@DisplayName("R18 a page of three groups takes as many statements as a page of one")
	void r18AListOfGroupsReadsTheirActivitiesAndStaffTogether() throws Exception {
		String plan = this.fixture.plan(2091);
		for (int i = 0; i < 3; i++) {
			String activity = this.fixture.activity(plan, "Aktivitet " + i);
			String group = group(activity, directive(activity, "mar.karlstad"), "chef.vh");
			this.mvc.perform(this.fixture.json(post("/api/v1/working-groups/{id}/reports", group), "chef.vh",
					"{\"kind\":\"PROGRESS\",\"text\":\"Arbetet pågår\"}"))
				.andExpect(status().isCreated());
		}
		long forOne = CountingDataSource.statementsOf(() -> groups(1));
		long forThree = CountingDataSource.statementsOf(() -> groups(3));
		// The groups with their members, milestones and reports, the activities, their
		// plans and the staff the groups name are each read together (GroupPages).
		assertThat(forThree).isEqualTo(forOne);
	}

	@Test
	@DisplayName("R18 the groups page lists the groups twenty a page, newest first, with a pager that keeps the year")
	void r18TheGroupsPageIsPaged() throws Exception {
		String plan = this.fixture.plan(2092);
		String activity = this.fixture.activity(plan, "Många grupper");
		String directive = directive(activity, "mar.karlstad");
		for (int i = 0; i <= 20; i++) {
			group(activity, directive, "chef.vh");
		}
		Document first = page("/working-groups?year=2092");
		assertThat(first.select("li > a[href^=/working-groups/]")).hasSize(20);
		assertThat(first.select("nav.pager span").text()).startsWith("Sida 1 av ");
		String next = first.select("nav.pager a").attr("href");
		assertThat(next).contains("page=1").contains("year=2092");
		Document second = page(next);
		assertThat(second.select("nav.pager span").text()).startsWith("Sida 2 av ");
		assertThat(second.select("nav.pager a").first().attr("href")).contains("page=0");
	}

	private Document page(String path) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(path).with(this.fixture.as("lss.arvika")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private void groups(int size) throws Exception {
		this.mvc.perform(get("/api/v1/working-groups?size={s}", size).with(this.fixture.as("lss.arvika")))
			.andExpect(jsonPath("$.items.length()").value(size))
			.andExpect(jsonPath("$.items[0].leadName").value(not(emptyString())));
	}

	@Test
	@DisplayName("R18 the annual report lists the reports posted in its year, counted in Swedish time")
	void r18TheAnnualReportReadsTheReportsOfItsYear() throws Exception {
		String plan = this.fixture.plan(2087);
		String activity = this.fixture.activity(plan, "Rapporter kring årsskiftet");
		String group = group(activity, directive(activity, "mar.karlstad"), "chef.vh");
		for (String postedAt : List.of("2086-12-31T23:59:59", "2087-01-01T00:00", "2087-12-31T23:30",
				"2088-01-01T00:00")) {
			this.jdbc.sql("""
					insert into working_group_report (report_id, working_group_id, kind, text, posted_by, posted_at)
					values (:id, :group, 'PROGRESS', :text, :by, :at)
					""")
				.param("id", UUID.randomUUID())
				.param("group", UUID.fromString(group))
				.param("text", postedAt)
				.param("by", this.fixture.staffId("chef.vh"))
				.param("at", LocalDateTime.parse(postedAt).atZone(this.clock.getZone()).toOffsetDateTime())
				.update();
		}

		this.mvc.perform(get("/api/v1/annual-reports/2087").with(this.fixture.as("lss.arvika")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.workingGroupReportsByKind.PROGRESS").value(2))
			.andExpect(
					jsonPath("$.workingGroupReports[*].text").value(contains("2087-01-01T00:00", "2087-12-31T23:30")))
			.andExpect(jsonPath("$.workingGroupReports[*].group", everyItem(is("Arbetsgrupp korttid"))));
	}

	private void formGroupsWithMilestones(int year, int activities) throws Exception {
		String plan = this.fixture.plan(year);
		for (int i = 0; i < activities; i++) {
			String activity = this.fixture.activity(plan, "Aktivitet " + i);
			String group = group(activity, directive(activity, "mar.karlstad"), "chef.vh");
			this.mvc.perform(this.fixture.json(put("/api/v1/working-groups/{id}/plan", group), "chef.vh", """
					{"milestones":[{"title":"Kartläggning","dueOn":"%d-03-01","done":true},
					 {"title":"Förslag","dueOn":"%d-09-01"}]}
					""".formatted(year, year))).andExpect(status().isOk());
		}
	}

	private void progress(int year, int activities) throws Exception {
		this.mvc.perform(get("/api/v1/working-groups/progress?year={y}", year).with(this.fixture.as("lss.arvika")))
			.andExpect(jsonPath("$.length()").value(activities))
			.andExpect(jsonPath("$[*].milestones", everyItem(is(2))))
			.andExpect(jsonPath("$[*].percent", everyItem(is(50))));
	}

	@Test
	@DisplayName("R9 the final report's result reaches the trail of the matters behind the activity")
	void r9FinalReportReachesTheMattersTrail() throws Exception {
		UUID matter = this.fixture.prioritisedMatter("Gråzon i daglig verksamhet");
		String plan = this.fixture.plan(2085);
		String activity = YearlyFixture.id(this.mvc
			.perform(this.fixture.json(post("/api/v1/activity-plans/{id}/activities", plan), "mar.karlstad",
					"""
							{"title":"Daglig verksamhet","goal":"Klarhet","matterIds":["%s"],"responsibleStaffId":"%s","dueOn":"2085-05-31"}
							"""
						.formatted(matter, this.fixture.staffId("mar.karlstad"))))
			.andExpect(status().isCreated())
			.andReturn());
		String group = group(activity, directive(activity, "mar.karlstad"), "mar.karlstad");
		this.mvc
			.perform(this.fixture.json(post("/api/v1/working-groups/{id}/reports", group), "mar.karlstad",
					"{\"kind\":\"FINAL\",\"text\":\"Ny gemensam rutin gäller från mars\"}"))
			.andExpect(status().isCreated());
		this.mvc.perform(get("/api/v1/matters/{id}", matter).with(this.fixture.as("buh.samordnare")))
			.andExpect(content().string(containsString("Ny gemensam rutin gäller från mars")));
		this.mvc.perform(get("/api/v1/working-groups").with(this.fixture.as("lss.arvika")))
			.andExpect(jsonPath("$.items[*].name").value(hasItem("Arbetsgrupp korttid")));
	}

	@Test
	@DisplayName("R13 R18 the directive and working-group lists are paged, bad paging refused")
	void r13r18ListsArePaged() throws Exception {
		String activity = this.fixture.activity(this.fixture.plan(2097), "Sidindelning");
		directive(activity, "mar.karlstad");
		directive(activity, "mar.karlstad");
		this.mvc
			.perform(get("/api/v1/directives?activityId={a}&page=0&size=1", activity)
				.with(this.fixture.as("lss.arvika")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items.length()").value(1))
			.andExpect(jsonPath("$.size").value(1))
			.andExpect(jsonPath("$.total").value(2));
		this.mvc
			.perform(get("/api/v1/directives?activityId={a}&page=1&size=1", activity)
				.with(this.fixture.as("lss.arvika")))
			.andExpect(jsonPath("$.items.length()").value(1))
			.andExpect(jsonPath("$.page").value(1))
			.andExpect(jsonPath("$.total").value(2));
		this.mvc.perform(get("/api/v1/directives?page=0&size=1").with(this.fixture.as("lss.arvika")))
			.andExpect(jsonPath("$.items.length()").value(1))
			.andExpect(jsonPath("$.total").value(org.hamcrest.Matchers.greaterThanOrEqualTo(2)));
		this.mvc.perform(get("/api/v1/working-groups?page=0&size=1").with(this.fixture.as("lss.arvika")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items.length()").value(org.hamcrest.Matchers.lessThanOrEqualTo(1)))
			.andExpect(jsonPath("$.page").value(0))
			.andExpect(jsonPath("$.size").value(1));
		for (String path : new String[] { "/api/v1/directives", "/api/v1/working-groups" }) {
			for (String bad : new String[] { "size=201", "size=0", "page=-1" }) {
				this.mvc.perform(get(path + "?" + bad).with(this.fixture.as("lss.arvika")))
					.andExpect(status().isBadRequest())
					.andExpect(jsonPath("$.code").value("validation-failed"));
			}
		}
	}

}

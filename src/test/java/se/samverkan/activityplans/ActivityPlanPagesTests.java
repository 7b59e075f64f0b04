package se.samverkan.activityplans;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import se.samverkan.organisation.Directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The activity plan's pages: what each role sees and may do (R12). */
@SpringBootTest
@AutoConfigureMockMvc
class ActivityPlanPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Directory directory;

	YearlyFixture fixture;

	@BeforeEach
	void fixture() {
		this.fixture = new YearlyFixture(this.mvc, this.directory);
	}

	Document page(String path, String username) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(path).with(this.fixture.as(username)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("??"))))
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	@Test
	@DisplayName("R12 the steering group drafts a plan and adds an activity through the forms")
	void r12DraftingThroughTheForms() throws Exception {
		this.mvc.perform(get("/activity-plans")).andExpect(status().is3xxRedirection());
		assertThat(page("/activity-plans", "lss.karlstad").select("form[action$=/activity-plans]")).isEmpty();
		assertThat(page("/activity-plans", "mar.karlstad").select("form[action$=/activity-plans]")).hasSize(1);
		this.mvc
			.perform(post("/activity-plans").param("year", "2071").with(this.fixture.as("lss.karlstad")).with(csrf()))
			.andExpect(status().isForbidden());

		String location = this.mvc
			.perform(post("/activity-plans").param("year", "2071").with(this.fixture.as("mar.karlstad")).with(csrf()))
			.andExpect(redirectedUrlPattern("/activity-plans/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		Document plan = page(location, "mar.karlstad");
		assertThat(plan.select("h1").text()).isEqualTo("Aktivitetsplan 2071");
		assertThat(plan.text()).contains("Utkast", "Planen har inga aktiviteter ännu.");

		Document form = page(location + "/activities/new", "mar.karlstad");
		assertThat(form.select("label[for=title]").text()).isEqualTo("Aktivitet");
		this.mvc.perform(get(location + "/activities/new").with(this.fixture.as("lss.karlstad")))
			.andExpect(status().isForbidden());

		String refused = this.mvc
			.perform(post(location + "/activities").param("title", " ")
				.param("goal", "Mål")
				.param("dueOn", "2071-05-01")
				.param("responsibleStaffId", this.fixture.staffId("mar.karlstad").toString())
				.with(this.fixture.as("mar.karlstad"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(refused).select("#title-error").text()).isEqualTo("Ange aktiviteten");

		this.mvc
			.perform(post(location + "/activities").param("title", "Gemensam rutin vid gråzoner")
				.param("goal", "Färre oklara ärenden")
				.param("dueOn", "2071-05-01")
				.param("responsibleStaffId", this.fixture.staffId("mar.karlstad").toString())
				.param("unit1", this.fixture.unitOf("chef.buh").toString())
				.param("resources1", "Verksamhetsutvecklare 20 timmar")
				.with(this.fixture.as("mar.karlstad"))
				.with(csrf()))
			.andExpect(redirectedUrl(location))
			.andExpect(flash().attribute("flash", "activityplans.activity.saved"));
		Document withActivity = page(location, "lss.karlstad");
		assertThat(withActivity.text()).contains("Gemensam rutin vid gråzoner", "Verksamhetsutvecklare 20 timmar");
		assertThat(withActivity.select("form[action$=/submission]")).isEmpty();
		assertThat(page(location, "mar.karlstad").select("form[action$=/submission]")).hasSize(1);
	}

	@Test
	@DisplayName("R12 the plan page shows who is still pending and lets a head of operations approve or send back")
	void r12PendingApprovalAndDecisionsOnThePage() throws Exception {
		String plan = this.fixture.plan(2072);
		this.fixture.activity(plan, "Samverkansdag");
		String location = "/activity-plans/" + plan;
		this.mvc.perform(post(location + "/submission").with(this.fixture.as("mar.karlstad")).with(csrf()))
			.andExpect(redirectedUrl(location))
			.andExpect(flash().attribute("flash", "activityplans.submitted"));

		Document before = page(location, "chef.karlstad");
		assertThat(before.text()).contains("0 av 18 parter har godkänt");
		assertThat(before.select("ul.pending li")).hasSize(18);
		assertThat(before.select("form[action$=/approvals]")).hasSize(1);
		assertThat(page(location, "lss.karlstad").select("form[action$=/approvals]")).isEmpty();

		this.mvc.perform(post(location + "/approvals").with(this.fixture.as("chef.karlstad")).with(csrf()))
			.andExpect(redirectedUrl(location))
			.andExpect(flash().attribute("flash", "activityplans.approvedForUnit"));
		Document after = page(location, "chef.buh");
		assertThat(after.text()).contains("1 av 18 parter har godkänt");
		assertThat(after.select("ul.pending li")).hasSize(17);
		assertThat(after.select("ul.pending").text()).doesNotContain("LSS-verksamheten Karlstad");
		assertThat(page(location, "chef.karlstad").select("form[action$=/approvals]")).isEmpty();

		this.mvc
			.perform(post(location + "/send-back").param("reason", "").with(this.fixture.as("chef.buh")).with(csrf()))
			.andExpect(redirectedUrl(location))
			.andExpect(flash().attribute("refusal", "error.approval.reason-required"));
		this.mvc
			.perform(post(location + "/send-back").param("reason", "Resurserna saknas")
				.with(this.fixture.as("chef.buh"))
				.with(csrf()))
			.andExpect(flash().attribute("flash", "activityplans.sentBack"));
		assertThat(page(location, "mar.karlstad").text()).contains("Planen har skickats tillbaka", "Resurserna saknas");
		this.mvc.perform(post(location + "/approvals").with(this.fixture.as("chef.vh")).with(csrf()))
			.andExpect(flash().attribute("refusal", "error.approval.not-in-approval"));
		this.mvc.perform(post(location + "/submission").with(this.fixture.as("mar.karlstad")).with(csrf()));
		this.mvc.perform(post(location + "/approvals").with(this.fixture.as("lss.karlstad")).with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	@DisplayName("R12 an approved plan's earlier version is readable and the PDF downloads")
	void r12EarlierVersionAndPdfPages() throws Exception {
		String[] ids = this.fixture.approvedPlan(2073, "Utbildningsdag").split("/");
		this.fixture.activity(ids[0], "Tillägg");
		String location = "/activity-plans/" + ids[0];
		Document plan = page(location, "lss.arvika");
		assertThat(plan.select("a[href$=/revisions/1]")).hasSize(1);
		Document old = page(location + "/revisions/1", "lss.arvika");
		assertThat(old.text()).contains("version 1", "Godkänd", "Utbildningsdag").doesNotContain("Tillägg");
		assertThat(old.select("form")).hasSize(1); // sign-out only
		this.mvc.perform(get(location + ".pdf").with(this.fixture.as("lss.arvika")))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"));
		page(location + "/activities/" + ids[1] + "/edit", "mar.karlstad");
	}

}

package se.samverkan.activityplans;

import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import se.samverkan.agreements.AgreementManagement;
import se.samverkan.organisation.Directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The activity plan over the API (R12, R17, R22): drafted by the steering group, approved
 * by the head of operations of every party, sent back with a reason, revised after
 * approval with the earlier version kept.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ActivityPlansApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Directory directory;

	@Autowired
	AgreementManagement agreements;

	YearlyFixture fixture;

	@BeforeEach
	void fixture() {
		this.fixture = new YearlyFixture(this.mvc, this.directory);
	}

	@Test
	@DisplayName("R12 the plan is approved once the heads of operations of all 18 parties have approved")
	void r12PlanApprovedByAllEighteenParties() throws Exception {
		String plan = this.fixture.plan(2061);
		this.mvc.perform(get("/api/v1/activity-plans/{id}", plan).with(this.fixture.as("lss.arvika")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.year").value(2061))
			.andExpect(jsonPath("$.pendingUnitIds.length()").value(0));
		this.fixture.activity(plan, "Gemensam rutin för gråzoner");

		this.mvc.perform(post("/api/v1/activity-plans/{id}/submission", plan).with(this.fixture.as("mar.karlstad")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("IN_APPROVAL"))
			.andExpect(jsonPath("$.pendingUnitIds.length()").value(18))
			.andExpect(jsonPath("$.approvals.length()").value(0));
		assertThat(this.agreements.currentPartyUnitIds()).hasSize(18);

		String karlstad = this.fixture.unitOf("chef.karlstad").toString();
		this.mvc.perform(post("/api/v1/activity-plans/{id}/approvals", plan).with(this.fixture.as("chef.karlstad")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("IN_APPROVAL"))
			.andExpect(jsonPath("$.approvals[0].unitId").value(karlstad))
			.andExpect(jsonPath("$.approvals[0].approvedBy").value(this.fixture.staffId("chef.karlstad").toString()))
			.andExpect(jsonPath("$.approvals[0].approvedAt").isNotEmpty())
			.andExpect(jsonPath("$.pendingUnitIds.length()").value(17))
			.andExpect(jsonPath("$.pendingUnitIds").value(not(hasItem(karlstad))));
		this.mvc.perform(post("/api/v1/activity-plans/{id}/approvals", plan).with(this.fixture.as("chef.karlstad")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("invalid-transition"));

		for (String head : YearlyFixture.HEADS) {
			if (!head.equals("chef.karlstad")) {
				this.mvc.perform(post("/api/v1/activity-plans/{id}/approvals", plan).with(this.fixture.as(head)))
					.andExpect(status().isOk());
			}
		}
		this.mvc.perform(get("/api/v1/activity-plans/{id}", plan).with(this.fixture.as("lss.arvika")))
			.andExpect(jsonPath("$.status").value("APPROVED"))
			.andExpect(jsonPath("$.approvals.length()").value(18))
			.andExpect(jsonPath("$.pendingUnitIds.length()").value(0))
			.andExpect(jsonPath("$.approvedAt").isNotEmpty());
	}

	@Test
	@DisplayName("R12 only a head of operations of a party approves")
	void r12OnlyHeadsOfOperationsApprove() throws Exception {
		String plan = this.fixture.plan(2062);
		this.mvc.perform(post("/api/v1/activity-plans/{id}/approvals", plan).with(this.fixture.as("chef.buh")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("invalid-transition"));
		this.fixture.activity(plan, "Informationsdag");
		this.mvc.perform(post("/api/v1/activity-plans/{id}/submission", plan).with(this.fixture.as("mar.karlstad")))
			.andExpect(status().isOk());
		this.mvc.perform(post("/api/v1/activity-plans/{id}/approvals", plan).with(this.fixture.as("lss.karlstad")))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("forbidden"));
		this.mvc.perform(post("/api/v1/activity-plans/{id}/approvals", plan).with(this.fixture.as("mar.karlstad")))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/api/v1/activity-plans/{id}/approvals", plan)).andExpect(status().isUnauthorized());
	}

	@Test
	@DisplayName("R12 a head of operations sends the plan back with a reason and the steering group sees it")
	void r12SendBackWithAReason() throws Exception {
		String plan = this.fixture.plan(2063);
		this.fixture.activity(plan, "Utbildning i samverkan");
		this.mvc.perform(post("/api/v1/activity-plans/{id}/submission", plan).with(this.fixture.as("mar.karlstad")))
			.andExpect(status().isOk());
		this.mvc.perform(post("/api/v1/activity-plans/{id}/approvals", plan).with(this.fixture.as("chef.vh")))
			.andExpect(status().isOk());
		this.mvc
			.perform(this.fixture.json(post("/api/v1/activity-plans/{id}/send-back", plan), "chef.buh",
					"{\"reason\":\" \"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("validation-failed"));

		this.mvc
			.perform(this.fixture.json(post("/api/v1/activity-plans/{id}/send-back", plan), "chef.buh",
					"{\"reason\":\"BUH:s resurser är inte beskrivna.\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.approvals.length()").value(0))
			.andExpect(jsonPath("$.sentBack.reason").value("BUH:s resurser är inte beskrivna."))
			.andExpect(jsonPath("$.sentBack.unitId").value(this.fixture.unitOf("chef.buh").toString()));
		this.mvc.perform(post("/api/v1/activity-plans/{id}/submission", plan).with(this.fixture.as("mar.karlstad")))
			.andExpect(jsonPath("$.status").value("IN_APPROVAL"))
			.andExpect(jsonPath("$.pendingUnitIds.length()").value(18));
	}

	@Test
	@DisplayName("R12 changing an approved plan makes a new version in DRAFT; the approved one stays readable")
	void r12ChangingAnApprovedPlanMakesANewVersion() throws Exception {
		String[] ids = this.fixture.approvedPlan(2064, "Gemensam introduktion").split("/");
		String plan = ids[0];

		this.fixture.activity(plan, "Ny aktivitet efter godkännandet");

		this.mvc.perform(get("/api/v1/activity-plans/{id}", plan).with(this.fixture.as("lss.arvika")))
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.revision").value(2))
			.andExpect(jsonPath("$.approvals.length()").value(0))
			.andExpect(jsonPath("$.activities.length()").value(2));
		this.mvc.perform(get("/api/v1/activity-plans/{id}/revisions", plan).with(this.fixture.as("lss.arvika")))
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].revision").value(1))
			.andExpect(jsonPath("$[0].status").value("APPROVED"));
		this.mvc.perform(get("/api/v1/activity-plans/{id}/revisions/1", plan).with(this.fixture.as("lss.arvika")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("APPROVED"))
			.andExpect(jsonPath("$.revision").value(1))
			.andExpect(jsonPath("$.approvals.length()").value(18))
			.andExpect(jsonPath("$.activities[*].title").value(containsInAnyOrder("Gemensam introduktion")));
		this.mvc.perform(get("/api/v1/activity-plans/{id}/revisions/7", plan).with(this.fixture.as("lss.arvika")))
			.andExpect(status().isNotFound());
	}

	@Test
	@DisplayName("R12 an activity carries goal, matters, responsible member, due date and each party's resources (R22)")
	void r22ActivityCarriesResources() throws Exception {
		String plan = this.fixture.plan(2065);
		UUID matter = this.fixture.prioritisedMatter("Gråzon vid korttidsvistelse");
		UUID reported = UUID.fromString(YearlyFixture.id(this.mvc
			.perform(this.fixture.json(post("/api/v1/matters"), "lss.karlstad",
					"{\"title\":\"Ej prioriterat\",\"description\":\"x\",\"category\":\"OTHER\",\"source\":\"STAFF\"}"))
			.andReturn()));
		String body = """
				{"title":"Gråzon korttidsvistelse","goal":"Klar ansvarsfördelning","matterIds":["%s"],
				 "responsibleStaffId":"%s","dueOn":"2065-05-31",
				 "contributions":[{"unitId":"%s","resources":"Två dagar"},{"unitId":"%s","resources":"En halvdag"}]}
				""".formatted(matter, this.fixture.staffId("chef.vh"), this.fixture.unitOf("chef.vh"),
				this.fixture.unitOf("chef.arvika"));
		String location = this.mvc
			.perform(this.fixture.json(post("/api/v1/activity-plans/{id}/activities", plan), "buh.samordnare", body))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", org.hamcrest.Matchers.containsString("/activities/")))
			.andExpect(jsonPath("$.matterIds[0]").value(matter.toString()))
			.andExpect(jsonPath("$.responsibleName").isNotEmpty())
			.andExpect(jsonPath("$.dueOn").value("2065-05-31"))
			.andExpect(jsonPath("$.contributions.length()").value(2))
			.andReturn()
			.getResponse()
			.getHeader("Location");
		this.mvc.perform(get(location).with(this.fixture.as("lss.arvika")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.matterIds[0]").value(matter.toString()));
		this.mvc.perform(get("/api/v1/matters/{id}", matter).with(this.fixture.as("buh.samordnare")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("ACTIVITY")));
		this.mvc
			.perform(this.fixture.json(post("/api/v1/activity-plans/{id}/activities", plan), "mar.karlstad",
					"""
							{"title":"Från ej prioriterat","goal":"x","matterIds":["%s"],"responsibleStaffId":"%s","dueOn":"2065-05-31"}
							"""
						.formatted(reported, this.fixture.staffId("chef.vh"))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("validation-failed"));
		this.mvc.perform(this.fixture.json(post("/api/v1/activity-plans/{id}/activities", plan), "mar.karlstad", """
				{"title":"","goal":"x","responsibleStaffId":"%s","dueOn":"2065-05-31"}
				""".formatted(this.fixture.staffId("chef.vh"))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("validation-failed"));
	}

	@Test
	@DisplayName("L5 an activity's text refuses a personal identity number")
	void l5ActivityRefusesPersonalIdentityNumber() throws Exception {
		String plan = this.fixture.plan(2066);
		this.mvc.perform(this.fixture.json(post("/api/v1/activity-plans/{id}/activities", plan), "mar.karlstad", """
				{"title":"Ärende om 19121212-1212","goal":"x","responsibleStaffId":"%s","dueOn":"2066-05-31"}
				""".formatted(this.fixture.staffId("chef.vh"))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("personal-data-not-allowed"));
	}

	@Test
	@DisplayName("R12 only the steering group drafts; everyone signed in reads; a stale If-Match is 412")
	void r12AuthorisationAndConcurrency() throws Exception {
		this.mvc.perform(this.fixture.json(post("/api/v1/activity-plans"), "lss.karlstad", "{\"year\":2067}"))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/api/v1/activity-plans").contentType("application/json").content("{\"year\":2067}"))
			.andExpect(status().isUnauthorized());
		String plan = this.fixture.plan(2067);
		this.mvc.perform(this.fixture.json(post("/api/v1/activity-plans"), "mar.karlstad", "{\"year\":2067}"))
			.andExpect(status().isConflict());
		this.mvc.perform(get("/api/v1/activity-plans")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/v1/activity-plans").with(httpBasic("lss.karlstad", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].year").value(hasItem(2067)));
		this.mvc.perform(get("/api/v1/activity-plans/{id}", plan)).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/v1/activity-plans/{id}", UUID.randomUUID()).with(this.fixture.as("lss.karlstad")))
			.andExpect(status().isNotFound());
		this.mvc.perform(this.fixture.json(post("/api/v1/activity-plans/{id}/activities", plan), "lss.karlstad", """
				{"title":"x","goal":"x","responsibleStaffId":"%s","dueOn":"2067-05-31"}
				""".formatted(this.fixture.staffId("chef.vh")))).andExpect(status().isForbidden());
		String activity = this.fixture.activity(plan, "Första");
		this.mvc.perform(
				this.fixture.json(put("/api/v1/activity-plans/{id}/activities/{a}", plan, activity), "mar.karlstad", """
						{"title":"Ändrad","goal":"x","responsibleStaffId":"%s","dueOn":"2067-05-31"}
						""".formatted(this.fixture.staffId("chef.vh"))).header("If-Match", "\"0\""))
			.andExpect(status().isPreconditionFailed())
			.andExpect(jsonPath("$.code").value("stale-version"));
		this.mvc
			.perform(this.fixture.json(put("/api/v1/activity-plans/{id}/activities/{a}", plan, activity),
					"lss.karlstad", """
							{"title":"Ändrad","goal":"x","responsibleStaffId":"%s","dueOn":"2067-05-31"}
							""".formatted(this.fixture.staffId("chef.vh"))))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(this.fixture.json(put("/api/v1/activity-plans/{id}/activities/{a}", plan, activity),
					"mar.karlstad", """
							{"title":"Ändrad","goal":"x","responsibleStaffId":"%s","dueOn":"2067-05-31"}
							""".formatted(this.fixture.staffId("chef.vh"))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("Ändrad"));
		this.mvc.perform(post("/api/v1/activity-plans/{id}/submission", plan).with(this.fixture.as("lss.karlstad")))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/api/v1/activity-plans/{id}/submission", plan).with(this.fixture.as("mar.karlstad")))
			.andExpect(status().isOk());
		this.mvc
			.perform(this.fixture.json(put("/api/v1/activity-plans/{id}/activities/{a}", plan, activity),
					"mar.karlstad", """
							{"title":"Under godkännande","goal":"x","responsibleStaffId":"%s","dueOn":"2067-05-31"}
							""".formatted(this.fixture.staffId("chef.vh"))))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("invalid-transition"));
		this.mvc
			.perform(this.fixture.json(post("/api/v1/activity-plans/{id}/send-back", plan), "lss.karlstad",
					"{\"reason\":\"x\"}"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/activity-plans/{id}/revisions", plan)).andExpect(status().isUnauthorized());
	}

	@Test
	@DisplayName("R12 the plan is printable as PDF with its activities and approvals")
	void r12PlanAsPdf() throws Exception {
		String plan = this.fixture.approvedPlan(2068, "Samverkansdag i Hagfors").split("/")[0];
		this.mvc.perform(get("/api/v1/activity-plans/{id}.pdf", plan)).andExpect(status().isUnauthorized());
		byte[] pdf = this.mvc.perform(get("/api/v1/activity-plans/{id}.pdf", plan).with(this.fixture.as("lss.arvika")))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(1);
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Aktivitetsplan 2068", "Samverkansdag i Hagfors", "Godkänd",
					"Barn- och ungdomshabiliteringen");
		}
	}

	@Test
	@DisplayName("R12 the plan list is paged with page and size, bad paging refused")
	void r12PlanListIsPaged() throws Exception {
		this.fixture.plan(2094);
		this.fixture.plan(2095);
		String first = this.mvc.perform(get("/api/v1/activity-plans?page=0&size=1").with(this.fixture.as("lss.arvika")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items.length()").value(1))
			.andExpect(jsonPath("$.page").value(0))
			.andExpect(jsonPath("$.size").value(1))
			.andReturn()
			.getResponse()
			.getContentAsString();
		int total = com.jayway.jsonpath.JsonPath.read(first, "$.total");
		assertThat(total).isGreaterThanOrEqualTo(2);
		String second = this.mvc
			.perform(get("/api/v1/activity-plans?page=1&size=1").with(this.fixture.as("lss.arvika")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items.length()").value(1))
			.andExpect(jsonPath("$.page").value(1))
			.andExpect(jsonPath("$.total").value(total))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(com.jayway.jsonpath.JsonPath.<String>read(second, "$.items[0].id"))
			.isNotEqualTo(com.jayway.jsonpath.JsonPath.<String>read(first, "$.items[0].id"));
		this.mvc.perform(get("/api/v1/activity-plans?page=" + total + "&size=1").with(this.fixture.as("lss.arvika")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items.length()").value(0))
			.andExpect(jsonPath("$.total").value(total));
		for (String bad : new String[] { "size=201", "size=0", "page=-1", "page=x" }) {
			this.mvc.perform(get("/api/v1/activity-plans?" + bad).with(this.fixture.as("lss.arvika")))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.code").value("validation-failed"));
		}
	}

	@Test
	@DisplayName("R12 an activity with a null matter is refused, not a server error")
	void r12ActivityWithNullMatterRefused() throws Exception {
		String plan = this.fixture.plan(2096);
		String body = """
				{"title":"Null-ärende","goal":"x","matterIds":[null],"responsibleStaffId":"%s","dueOn":"2096-05-31"}
				""".formatted(this.fixture.staffId("mar.karlstad"));
		this.mvc.perform(this.fixture.json(post("/api/v1/activity-plans/{id}/activities", plan), "mar.karlstad", body))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("validation-failed"));
		String activity = this.fixture.activity(plan, "Giltig aktivitet");
		this.mvc
			.perform(this.fixture.json(put("/api/v1/activity-plans/{id}/activities/{a}", plan, activity),
					"mar.karlstad", body))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("validation-failed"));
	}

}

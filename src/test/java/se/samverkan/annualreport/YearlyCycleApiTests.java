package se.samverkan.annualreport;

import java.time.LocalDate;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import se.samverkan.activityplans.YearlyApplicationTest;
import se.samverkan.activityplans.YearlyFixture;
import se.samverkan.agreements.YearlyReminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Resource agreements (R15), the yearly evaluation (R16), the agreement and its reminders
 * (R23, R24) and the annual report (R12), each figure against data the test creates.
 */
class YearlyCycleApiTests extends YearlyApplicationTest {

	@Autowired
	YearlyReminders reminders;

	@Test
	@DisplayName("R15 a resource agreement counts once the head of operations of each listed unit has approved")
	void r15ResourceAgreementApprovedByEachListedUnit() throws Exception {
		String body = "{\"title\":\"Gemensam utbildningsdag\",\"description\":\"Två dagar per part\",\"unitIds\":[\"%s\",\"%s\"]}"
			.formatted(this.fixture.unitOf("chef.arvika"), this.fixture.unitOf("chef.buh"));
		this.mvc.perform(post("/api/v1/resource-agreements").contentType("application/json").content(body))
			.andExpect(status().isUnauthorized());
		String id = YearlyFixture
			.id(this.mvc.perform(this.fixture.json(post("/api/v1/resource-agreements"), "mar.arvika", body))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.status").value("PENDING"))
				.andExpect(jsonPath("$.pendingUnitIds.length()").value(2))
				.andReturn());
		this.mvc.perform(post("/api/v1/resource-agreements/{id}/approvals", id).with(this.fixture.as("chef.karlstad")))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/api/v1/resource-agreements/{id}/approvals", id).with(this.fixture.as("lss.arvika")))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/api/v1/resource-agreements/{id}/approvals", id).with(this.fixture.as("chef.arvika")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("PENDING"))
			.andExpect(jsonPath("$.pendingUnitIds[0]").value(this.fixture.unitOf("chef.buh").toString()));
		this.mvc.perform(post("/api/v1/resource-agreements/{id}/approvals", id).with(this.fixture.as("chef.buh")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("APPROVED"))
			.andExpect(jsonPath("$.approvals.length()").value(2));
		this.mvc.perform(get("/api/v1/resource-agreements/{id}", id).with(this.fixture.as("lss.karlstad")))
			.andExpect(jsonPath("$.approvedAt").isNotEmpty());
		this.mvc.perform(this.fixture.json(post("/api/v1/resource-agreements"), "mar.arvika",
				"{\"title\":\"x\",\"description\":\"y\",\"unitIds\":[]}"))
			.andExpect(status().isBadRequest());
	}

	@Test
	@DisplayName("R16 the yearly evaluation: anonymous answers, averages, distributions and comments")
	void r16EvaluationAnonymousWithAverages() throws Exception {
		this.mvc.perform(this.fixture.json(post("/api/v1/evaluations"), "mar.karlstad", "{\"year\":2092}"))
			.andExpect(status().isForbidden());
		String id = YearlyFixture
			.id(this.mvc.perform(this.fixture.json(post("/api/v1/evaluations"), "buh.samordnare", "{\"year\":2092}"))
				.andExpect(status().isCreated())
				.andReturn());
		this.mvc.perform(this.fixture.json(post("/api/v1/evaluations"), "buh.samordnare", "{\"year\":2092}"))
			.andExpect(status().isConflict());
		answer(id, "mar.karlstad", 5, "Bra år").andExpect(status().isCreated());
		answer(id, "mar.karlstad", 4, null).andExpect(status().isConflict());
		answer(id, "chef.vh", 2, null).andExpect(status().isCreated());
		answer(id, "lss.karlstad", 3, null).andExpect(status().isForbidden());
		this.mvc.perform(this.fixture.json(post("/api/v1/evaluations/{id}/responses", id), "chef.buh",
				"{\"answers\":[{\"questionId\":\"RESULTS\",\"score\":6}]}"))
			.andExpect(status().isBadRequest());
		String results = this.mvc.perform(get("/api/v1/evaluations/{id}", id).with(this.fixture.as("lss.karlstad")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.responses").value(2))
			.andExpect(jsonPath("$.questions[0].questionId").value("RESULTS"))
			.andExpect(jsonPath("$.questions[0].average").value(3.5))
			.andExpect(jsonPath("$.questions[0].distribution[1]").value(1))
			.andExpect(jsonPath("$.questions[0].distribution[4]").value(1))
			.andExpect(jsonPath("$.questions[0].comments[0]").value("Bra år"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(results).doesNotContain(this.fixture.staffId("mar.karlstad").toString(), "mar.karlstad");
		assertThat(this.jdbc
			.sql("select count(*) from evaluation_answer a join evaluation_respondent r "
					+ "on r.evaluation_id = a.evaluation_id where a.evaluation_id = :e")
			.param("e", java.util.UUID.fromString(id))
			.query(Long.class)
			.single()).isEqualTo(20);
	}

	org.springframework.test.web.servlet.ResultActions answer(String evaluation, String user, int score, String comment)
			throws Exception {
		StringBuilder answers = new StringBuilder();
		for (String q : List.of("RESULTS", "WORKING_FORMS", "MEETINGS", "WORKING_GROUPS", "INFORMATION")) {
			answers.append((answers.length() > 0) ? "," : "")
				.append("{\"questionId\":\"")
				.append(q)
				.append("\",\"score\":")
				.append(score)
				.append((comment != null && q.equals("RESULTS")) ? ",\"comment\":\"" + comment + "\"" : "")
				.append("}");
		}
		return this.mvc.perform(this.fixture.json(post("/api/v1/evaluations/{id}/responses", evaluation), user,
				"{\"answers\":[" + answers + "]}"));
	}

	@Test
	@DisplayName("R23 R24 the current agreement: 18 parties, valid three years, replacing the 2013 agreement")
	void r23r24CurrentAgreementReplacesThe2013One() throws Exception {
		String current = this.mvc.perform(get("/api/v1/agreements/current").with(this.fixture.as("lss.karlstad")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CURRENT"))
			.andExpect(jsonPath("$.partyUnitIds.length()").value(18))
			.andReturn()
			.getResponse()
			.getContentAsString();
		LocalDate from = LocalDate.parse(JsonPath.read(current, "$.validFrom"));
		assertThat(LocalDate.parse(JsonPath.<String>read(current, "$.validTo")))
			.isEqualTo(from.plusYears(3).minusDays(1));
		String replaced = JsonPath.read(current, "$.replaces");
		this.mvc.perform(get("/api/v1/agreements").with(this.fixture.as("lss.karlstad")))
			.andExpect(jsonPath("$.items[?(@.id == '" + replaced + "')].status")
				.value(org.hamcrest.Matchers.contains("REPLACED")))
			.andExpect(jsonPath("$.items[?(@.id == '" + replaced + "')].validFrom")
				.value(org.hamcrest.Matchers.contains("2013-01-01")));
		String id = JsonPath.read(current, "$.id");
		this.mvc
			.perform(this.fixture.json(post("/api/v1/agreements/{id}/follow-ups", id), "lss.karlstad",
					"{\"text\":\"x\"}"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(this.fixture.json(post("/api/v1/agreements/{id}/follow-ups", id), "vh.samordnare",
					"{\"text\":\"Uppföljning: strukturen fungerar.\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.followUps[*].text")
				.value(org.hamcrest.Matchers.hasItem("Uppföljning: strukturen fungerar.")));
		this.mvc
			.perform(this.fixture.json(post("/api/v1/agreements/{id}/proposed-changes", id), "vh.samordnare",
					"{\"text\":\"Förslag: lägg till elevhälsan.\"}"))
			.andExpect(jsonPath("$.proposedChanges[*].text")
				.value(org.hamcrest.Matchers.hasItem("Förslag: lägg till elevhälsan.")));
		this.mvc.perform(get("/api/v1/agreements/current")).andExpect(status().isUnauthorized());
		this.mvc.perform(this.fixture.json(post("/api/v1/agreements"), "vh.samordnare", "{\"title\":\"x\"}"))
			.andExpect(status().isForbidden());
	}

	@Test
	@DisplayName("R23 conveners are reminded six and three months before the agreement ends, each reminder once")
	void r23RemindersOnceEach() throws Exception {
		String current = this.mvc.perform(get("/api/v1/agreements/current").with(this.fixture.as("lss.karlstad")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		LocalDate end = LocalDate.parse(JsonPath.read(current, "$.validTo"));
		String id = JsonPath.read(current, "$.id");
		assertThat(this.reminders.sendDue(end.minusMonths(6).minusDays(1)))
			.noneMatch((key) -> key.startsWith("agreement-"));
		assertThat(this.reminders.sendDue(end.minusMonths(6))).contains("agreement-" + id + "-6-months")
			.doesNotContain("agreement-" + id + "-3-months");
		assertThat(this.reminders.sendDue(end.minusMonths(6).plusDays(1)))
			.noneMatch((key) -> key.startsWith("agreement-"));
		assertThat(this.reminders.sendDue(end.minusMonths(3))).contains("agreement-" + id + "-3-months");
		assertThat(this.reminders.sendDue(end.minusMonths(3))).isEmpty();
		await().untilAsserted(() -> assertThat(this.jdbc.sql(
				"select count(*) from notification where recipient_id = :c and message_key = 'agreements.reminder.six-months'")
			.param("c", this.fixture.staffId("buh.samordnare"))
			.query(Long.class)
			.single()).isEqualTo(1));
	}

	@Test
	@DisplayName("R12 R16 the yearly reminders for the activity plan, the evaluation and the annual report go out once")
	void r12YearlyReminders() {
		assertThat(this.reminders.sendDue(LocalDate.of(2095, 11, 2))).contains("activity-plan-2096", "evaluation-2095",
				"annual-report-2094");
		assertThat(this.reminders.sendDue(LocalDate.of(2095, 12, 1))).isEmpty();
	}

	@Test
	@DisplayName("R12 the annual report's figures come from the year's data, exactly")
	void r12AnnualReportFigures() throws Exception {
		int thisYear = LocalDate.now(this.clock).getYear();
		String before = report(thisYear);
		long matters = ((Number) JsonPath.read(before, "$.mattersReported")).longValue();
		long deviations = ((Number) JsonPath.read(before, "$.deviations")).longValue();
		long greyZones = ((Number) JsonPath.read(before, "$.mattersByCategory.GREY_ZONE")).longValue();
		long progressReports = ((Number) JsonPath.read(before, "$.workingGroupReportsByKind.PROGRESS")).longValue();
		for (String category : List.of("DEVIATION", "DEVIATION", "GREY_ZONE")) {
			this.mvc
				.perform(
						this.fixture
							.json(post("/api/v1/matters"), "lss.arvika",
									"{\"title\":\"Årsrapporttest\",\"description\":\"x\",\"category\":\"" + category
											+ "\",\"source\":\"STAFF\"}"))
				.andExpect(status().isCreated());
		}
		String plan = this.fixture.plan(2093);
		String done = this.fixture.activity(plan, "Klar aktivitet");
		this.fixture.activity(plan, "Pågående aktivitet");
		String directive = YearlyFixture
			.id(this.mvc.perform(this.fixture.json(post("/api/v1/directives"), "mar.karlstad", """
					{"activityId":"%s","background":"b","goal":"g","assignment":"a","scope":"s","deliverables":"d",
					 "timeframe":"t","resources":"r","reportTo":"Styrgruppen"}""".formatted(done))).andReturn());
		String group = YearlyFixture
			.id(this.mvc.perform(this.fixture.json(post("/api/v1/working-groups"), "mar.karlstad", """
					{"activityId":"%s","directiveId":"%s","leadStaffId":"%s","name":"Årsrapportgruppen"}
					""".formatted(done, directive, this.fixture.staffId("mar.karlstad")))).andReturn());
		this.mvc.perform(this.fixture.json(post("/api/v1/working-groups/{id}/reports", group), "mar.karlstad",
				"{\"kind\":\"PROGRESS\",\"text\":\"Halvvägs\"}"))
			.andExpect(status().isCreated());
		this.mvc.perform(this.fixture.json(post("/api/v1/working-groups/{id}/reports", group), "mar.karlstad",
				"{\"kind\":\"FINAL\",\"text\":\"Klart och infört\"}"))
			.andExpect(status().isCreated());

		String after = report(thisYear);
		assertThat(((Number) JsonPath.read(after, "$.mattersReported")).longValue()).isEqualTo(matters + 3);
		assertThat(((Number) JsonPath.read(after, "$.deviations")).longValue()).isEqualTo(deviations + 2);
		assertThat(((Number) JsonPath.read(after, "$.mattersByCategory.GREY_ZONE")).longValue())
			.isEqualTo(greyZones + 1);
		assertThat(((Number) JsonPath.read(after, "$.workingGroupReportsByKind.PROGRESS")).longValue())
			.isEqualTo(progressReports + 1);

		String future = report(2093);
		assertThat(((Number) JsonPath.read(future, "$.activitiesByStatus.DONE")).intValue()).isEqualTo(1);
		assertThat(((Number) JsonPath.read(future, "$.activitiesByStatus.ON_TRACK")).intValue()).isEqualTo(1);
		assertThat(((Number) JsonPath.read(future, "$.activitiesByStatus.LATE")).intValue()).isZero();
		assertThat(((Number) JsonPath.read(future, "$.mattersReported")).intValue()).isZero();
		assertThat((Object) JsonPath.read(future, "$.evaluationResponses")).isNull();

		this.mvc
			.perform(this.fixture.json(put("/api/v1/annual-reports/2093/narrative"), "lss.karlstad",
					"{\"narrative\":\"x\"}"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(this.fixture.json(put("/api/v1/annual-reports/2093/narrative"), "mar.karlstad",
					"{\"narrative\":\"Ett år av gemensamma rutiner.\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.narrative").value("Ett år av gemensamma rutiner."))
			.andExpect(jsonPath("$.narrativeVersion").value(1));
		this.mvc
			.perform(this.fixture
				.json(put("/api/v1/annual-reports/2093/narrative"), "mar.karlstad", "{\"narrative\":\"Gammal\"}")
				.header("If-Match", "\"0\""))
			.andExpect(status().isPreconditionFailed());
		this.mvc.perform(get("/api/v1/annual-reports/2093")).andExpect(status().isUnauthorized());
	}

	@Test
	@DisplayName("R12 the annual report PDF holds the narrative, the figures and the charts")
	void r12AnnualReportPdf() throws Exception {
		this.mvc.perform(this.fixture.json(put("/api/v1/annual-reports/2094/narrative"), "buh.samordnare",
				"{\"narrative\":\"Styrgruppen sammanfattar året.\"}"))
			.andExpect(status().isOk());
		byte[] pdf = this.mvc.perform(get("/api/v1/annual-reports/2094.pdf").with(this.fixture.as("lss.arvika")))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(2);
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Årsrapport 2094", "Styrgruppen sammanfattar året.",
					"Ärenden per kategori och status", "Aktiviteterna i årets plan per status");
			assertThat(document.getPage(1).getResources().getXObjectNames()).isNotEmpty();
		}
	}

	String report(int year) throws Exception {
		return this.mvc.perform(get("/api/v1/annual-reports/{y}", year).with(this.fixture.as("lss.arvika")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}

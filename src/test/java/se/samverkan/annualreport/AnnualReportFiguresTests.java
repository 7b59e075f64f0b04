package se.samverkan.annualreport;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import se.samverkan.activityplans.YearlyApplicationTest;
import se.samverkan.activityplans.YearlyFixture;
import se.samverkan.individuals.TestPersons;
import se.samverkan.organisation.PrincipalKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The annual report's meetings, referrals and contacts figures (R12), each against data
 * the test creates: meetings in a year without demo data, referrals and contacts as the
 * difference before and after creating them this year.
 */
class AnnualReportFiguresTests extends YearlyApplicationTest {

	static final String CONVENER = "buh.samordnare";

	@Test
	@DisplayName("R12 the annual report counts the steering group's meetings against the twice-a-year rule")
	void r12MeetingsAgainstTwiceAYear() throws Exception {
		String empty = report(2091);
		assertThat((Integer) JsonPath.read(empty, "$.meetings.planned")).isZero();
		assertThat((Integer) JsonPath.read(empty, "$.meetings.held")).isZero();
		assertThat((Integer) JsonPath.read(empty, "$.meetings.required")).isEqualTo(2);
		assertThat((Boolean) JsonPath.read(empty, "$.meetings.meetsRequirement")).isFalse();

		String first = plan(2091, 3);
		String one = report(2091);
		assertThat((Integer) JsonPath.read(one, "$.meetings.planned")).isEqualTo(1);
		assertThat((Boolean) JsonPath.read(one, "$.meetings.meetsRequirement")).isFalse();

		plan(2091, 10);
		this.mvc
			.perform(this.fixture.json(put("/api/v1/meetings/{id}/minutes", first), CONVENER,
					"{\"attendeeStaffIds\":[\"%s\"],\"items\":[]}".formatted(this.fixture.staffId(CONVENER))))
			.andExpect(status().isOk());
		String two = report(2091);
		assertThat((Integer) JsonPath.read(two, "$.meetings.planned")).isEqualTo(1);
		assertThat((Integer) JsonPath.read(two, "$.meetings.held")).isEqualTo(1);
		assertThat((Boolean) JsonPath.read(two, "$.meetings.meetsRequirement")).isTrue();
	}

	@Test
	@DisplayName("R12 the annual report counts the year's referrals by status and sending municipality, and contacts by channel")
	void r12ReferralsAndContacts() throws Exception {
		int year = LocalDate.now(this.clock).getYear();
		String before = report(year);
		Map<String, Integer> statuses = new LinkedHashMap<>(JsonPath.read(before, "$.referralsByStatus"));
		Map<String, Integer> municipalities = new LinkedHashMap<>(JsonPath.read(before, "$.referralsByMunicipality"));
		Map<String, Integer> channels = new LinkedHashMap<>(JsonPath.read(before, "$.contactsByChannel"));

		String sender = "lss.arvika";
		UUID principal = this.directory.account(sender).orElseThrow().principal().id();
		String person = person(sender, principal);
		draft(sender, person);
		String sent = draft(sender, person);
		this.mvc.perform(post("/api/v1/referrals/{id}/send", sent).with(this.fixture.as(sender)))
			.andExpect(status().isOk());
		contact(sender, person, "PHONE");
		contact(sender, person, "PHONE");
		contact(sender, person, "VIDEO");

		String after = report(year);
		statuses.merge("DRAFT", 1, Integer::sum);
		statuses.merge("SENT", 1, Integer::sum);
		assertThat(JsonPath.<Map<String, Integer>>read(after, "$.referralsByStatus")).isEqualTo(statuses);
		String name = this.jdbc.sql("select name from principal where id = :id")
			.param("id", principal)
			.query(String.class)
			.single();
		municipalities.merge(name, 2, Integer::sum);
		assertThat(JsonPath.<Map<String, Integer>>read(after, "$.referralsByMunicipality")).isEqualTo(municipalities);
		channels.merge("PHONE", 2, Integer::sum);
		channels.merge("VIDEO", 1, Integer::sum);
		assertThat(JsonPath.<Map<String, Integer>>read(after, "$.contactsByChannel")).isEqualTo(channels);

		String far = report(2092);
		assertThat(JsonPath.<Map<String, Integer>>read(far, "$.referralsByStatus").values()).containsOnly(0);
		assertThat(JsonPath.<Map<String, Integer>>read(far, "$.referralsByMunicipality")).isEmpty();
		assertThat(JsonPath.<Map<String, Integer>>read(far, "$.contactsByChannel").values()).containsOnly(0);
	}

	@Test
	@DisplayName("R12 the annual report page and PDF show the meetings, referrals and contacts figures")
	void r12PageAndPdfShowTheNewFigures() throws Exception {
		plan(2095, 4);
		String html = this.mvc.perform(get("/annual-reports/2095").with(this.fixture.as("lss.arvika")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document page = Jsoup.parse(html);
		assertThat(page.select("h2").eachText()).contains("Styrgruppens möten", "Vårdbegäran", "Kontakter");
		assertThat(page.text()).contains("Hållna möten: 0, planerade: 1, krav: minst 2 per år",
				"Kravet på minst två möten per år är inte uppfyllt.");
		assertThat(page.select("caption").eachText()).contains("Årets vårdbegäran per status",
				"Årets vårdbegäran per avsändande kommun", "Årets kontakter per kanal");
		assertThat(page.select("img[alt=Vårdbegäran per status]")).hasSize(1);
		assertThat(page.select("img[alt=Kontakter per kanal]")).hasSize(1);

		byte[] pdf = this.mvc.perform(get("/api/v1/annual-reports/2095.pdf").with(this.fixture.as("lss.arvika")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Styrgruppens möten", "Hållna möten: 0, planerade: 1",
					"Årets vårdbegäran per status", "Årets kontakter per kanal");
		}
	}

	String plan(int year, int month) throws Exception {
		return YearlyFixture.id(this.mvc.perform(this.fixture.json(post("/api/v1/meetings"), CONVENER,
				"{\"title\":\"Styrgruppen\",\"startsAt\":\"%d-%02d-05T09:00:00+01:00\",\"endsAt\":\"%d-%02d-05T12:00:00+01:00\",\"location\":\"Karlstad\"}"
					.formatted(year, month, year, month)))
			.andExpect(status().isCreated())
			.andReturn());
	}

	String person(String username, UUID principal) throws Exception {
		LocalDate today = LocalDate.now(this.clock);
		String person = YearlyFixture
			.id(this.mvc
				.perform(this.fixture.json(post("/api/v1/persons"), username,
						"""
								{"personalIdentityNumber":"%s","firstName":"Åsa","lastName":"Årsrapport","homeMunicipalityId":"%s"}
								"""
							.formatted(TestPersons.numberBornOn(today.minusYears(9).minusDays(20)), principal)))
				.andExpect(status().isCreated())
				.andReturn());
		UUID region = this.directory.principals(PrincipalKind.REGION).get(0).id();
		this.mvc.perform(this.fixture.json(post("/api/v1/persons/" + person + "/consents"), username, """
				{"givenOn":"%s","form":"WRITTEN","principalIds":["%s","%s"]}
				""".formatted(today, principal, region))).andExpect(status().isCreated());
		return person;
	}

	String draft(String username, String person) throws Exception {
		return YearlyFixture.id(
				this.mvc
					.perform(this.fixture
						.json(post("/api/v1/referrals"), username,
								"""
										{"personId":"%s","toUnitId":null,"reason":"Behov av samverkan","question":"Bedömning?","urgency":"NORMAL"}
										"""
									.formatted(person)))
					.andExpect(status().isCreated())
					.andReturn());
	}

	void contact(String username, String person, String channel) throws Exception {
		this.mvc.perform(this.fixture.json(post("/api/v1/persons/" + person + "/contacts"), username, """
				{"occurredAt":"%s","channel":"%s","purpose":"FIRST_CONTACT","participantStaffIds":["%s"],
				 "summary":"Gemensam planering"}
				""".formatted(this.clock.instant().minusSeconds(60), channel, this.fixture.staffId(username))))
			.andExpect(status().isCreated());
	}

	String report(int year) throws Exception {
		return this.mvc.perform(get("/api/v1/annual-reports/{y}", year).with(this.fixture.as("lss.arvika")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}

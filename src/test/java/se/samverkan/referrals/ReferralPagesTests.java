package se.samverkan.referrals;

import java.time.Clock;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import se.samverkan.organisation.Directory;
import se.samverkan.organisation.UnitKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The referrals' pages: the boxes with overdue flags and days waited, the form that says
 * before the user tries what will be refused (R6, R1), the referral page with its moves
 * and history, the person's timeline and the start page's counts.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ReferralPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Directory directory;

	@Autowired
	Clock clock;

	@Autowired
	JdbcClient jdbc;

	ReferralsFixture fixture;

	@BeforeEach
	void fixture() {
		this.fixture = new ReferralsFixture(this.mvc, this.directory, this.clock);
	}

	private Document page(String username, String path) throws Exception {
		MvcResult result = this.mvc.perform(get(path).with(this.fixture.as(username)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("??"))))
			.andReturn();
		return Jsoup.parse(result.getResponse().getContentAsString());
	}

	@Test
	@DisplayName("L3 the person page logs the referrals' read on the timeline page that shows them, not on the others")
	void referralReadLoggedWhereShown() throws Exception {
		String referral = this.fixture.sent("lss.karlstad");
		UUID person = UUID.fromString(com.jayway.jsonpath.JsonPath.read(
				this.fixture.read("lss.karlstad", referral).andReturn().getResponse().getContentAsString(),
				"$.personId"));
		long before = referralReads(person);

		Document beyond = page("lss.karlstad", "/persons/" + person + "?timeline=3");
		assertThat(beyond.select("a[href=/referrals/" + referral + "]")).isEmpty();
		assertThat(referralReads(person)).as("nothing shown, nothing logged").isEqualTo(before);

		Document first = page("lss.karlstad", "/persons/" + person);
		assertThat(first.select("a[href=/referrals/" + referral + "]")).hasSize(1);
		assertThat(referralReads(person)).isEqualTo(before + 1);
	}

	private long referralReads(UUID person) {
		return this.jdbc
			.sql("select count(*) from access_log where person_id = :person and username = 'lss.karlstad'"
					+ " and action = 'REFERRAL_READ'")
			.param("person", person)
			.query(Long.class)
			.single();
	}

	@Test
	@DisplayName("R6 the boxes, the form and the referral page render for both sides, with the demo's overdue referral flagged")
	void thePagesRender() throws Exception {
		String referral = this.fixture.sent("lss.karlstad");
		String person = com.jayway.jsonpath.JsonPath.read(
				this.fixture.read("lss.karlstad", referral).andReturn().getResponse().getContentAsString(),
				"$.personId");

		Document inbox = page("buh.personal", "/referrals");
		assertThat(inbox.select("h1").text()).isEqualTo("Remisser");
		assertThat(inbox.select("a[href=/referrals/" + referral + "]").text()).contains("Remissdotter");
		assertThat(inbox.select("a[aria-current=page]").text()).startsWith("Inkorg");
		// The demo's urgent referral from Karlstad has waited four days for receipt.
		assertThat(inbox.select("tbody tr")
			.stream()
			.anyMatch((row) -> row.text().contains("Försenad") && row.text().contains("Brådskande")
					&& row.text().contains("4 dagar")))
			.isTrue();
		Document overdue = page("buh.personal", "/referrals?box=inbox&overdue=true");
		assertThat(overdue.select("tbody tr")).isNotEmpty()
			.allSatisfy((row) -> assertThat(row.text()).contains("Försenad"));
		assertThat(page("buh.personal", "/referrals?box=inbox&status=RECEIVED")
			.select("a[href=/referrals/" + referral + "]")).isEmpty();

		Document outbox = page("lss.karlstad", "/referrals?box=outbox");
		assertThat(outbox.select("a[href=/referrals/" + referral + "]")).hasSize(1);
		assertThat(outbox.select("select#status option").eachAttr("value")).contains("DRAFT", "SENT");

		Document received = page("buh.personal", "/referrals/" + referral);
		assertThat(received.select("h1").text()).isEqualTo("Vårdbegäran");
		assertThat(received.text()).contains("Behov av samverkan kring kommunikation")
			.contains("Skickad av " + this.directory.account("lss.karlstad").orElseThrow().displayName());
		assertThat(received.select("form[action=/referrals/" + referral + "/receipt] button").text())
			.isEqualTo("Kvittera mottagen");
		assertThat(received.select("form[action$=/withdrawal]")).isEmpty();
		assertThat(received.select("a[href=/referrals/" + referral + ".pdf]")).hasSize(1);

		Document sender = page("lss.karlstad", "/referrals/" + referral);
		assertThat(sender.select("form[action$=/withdrawal]")).hasSize(1);
		assertThat(sender.select("form[action$=/receipt]")).isEmpty();

		Document timeline = page("lss.karlstad", "/persons/" + person);
		assertThat(timeline.select("a[href=/referrals/" + referral + "]").text())
			.isEqualTo("Vårdbegäran till Barn- och ungdomshabiliteringen, ny");
		assertThat(timeline.text()).contains("Skäl: Behov av samverkan kring kommunikation")
			.contains("Frågeställning: Behövs en bedömning?");
		assertThat(timeline.select("a[href=/referrals/new?personId=" + person + "]").text())
			.isEqualTo("Skriv vårdbegäran");

		Document start = page("buh.personal", "/");
		assertThat(start.select("a[href=/referrals?box=inbox]").text()).startsWith("Nya vårdbegäranden i inkorgen: ");
		assertThat(start.select("a[href=/referrals?box=inbox&overdue=true]").text())
			.startsWith("Försenade vårdbegäranden: ");

		this.mvc.perform(get("/referrals/" + referral).with(this.fixture.as("vh.personal")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/referrals/" + referral + ".pdf").with(this.fixture.as("lss.arvika")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/referrals/" + referral + ".pdf").with(this.fixture.as("buh.personal")))
			.andExpect(status().isOk());
	}

	@Test
	@DisplayName("R6 the form suggests the unit by age and says before sending that a consent is missing")
	void r6TheFormSaysWhatIsMissing() throws Exception {
		String person = this.fixture.person("lss.karlstad", 30);
		Document form = page("lss.karlstad", "/referrals/new?personId=" + person);
		assertThat(form.select("h1").text()).isEqualTo("Skriv vårdbegäran");
		assertThat(form.select("select#toUnitId option[selected]").attr("value"))
			.isEqualTo(this.fixture.unit(UnitKind.VH).toString());
		assertThat(form.text()).contains("Vårdbegäran går till Vuxenhabiliteringen efter personens ålder")
			.contains("Det finns inget gällande samtycke");
		assertThat(form.select("label[for=reason]").text()).isEqualTo("Skäl till vårdbegäran");

		// Saving and sending without consent keeps the draft and says why.
		MvcResult sent = this.mvc
			.perform(post("/referrals").with(this.fixture.as("lss.karlstad"))
				.with(csrf())
				.param("personId", person)
				.param("toUnitId", this.fixture.unit(UnitKind.VH).toString())
				.param("reason", "Behöver stöd i vardagen")
				.param("question", "Kan VH bedöma?")
				.param("urgency", "URGENT")
				.param("action", "send"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/referrals/*"))
			.andExpect(flash().attribute("flashError", "error.consent-required.referral"))
			.andExpect(flash().attribute("flashNote", "referral.saved-not-sent"))
			.andReturn();
		String draft = sent.getResponse().getRedirectedUrl().substring("/referrals/".length());
		this.fixture.read("lss.karlstad", draft)
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.status")
				.value("DRAFT"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.urgency")
				.value("URGENT"));

		// An empty reason is shown next to its field.
		Document invalid = Jsoup
			.parse(this.mvc
				.perform(post("/referrals").with(this.fixture.as("lss.karlstad"))
					.with(csrf())
					.param("personId", person)
					.param("toUnitId", this.fixture.unit(UnitKind.VH).toString())
					.param("reason", " ")
					.param("question", "Kan VH bedöma?")
					.param("urgency", "NORMAL"))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());
		assertThat(invalid.select("#reason-error").text()).isNotBlank();
		assertThat(invalid.select("#reason").attr("aria-invalid")).isEqualTo("true");

		this.fixture.consent("lss.karlstad", person, this.fixture.principalOf("lss.karlstad"), this.fixture.region());
		assertThat(page("lss.karlstad", "/referrals/new?personId=" + person).text())
			.contains("Ett gällande samtycke omfattar din huvudman och mottagarens");
	}

	@Test
	@DisplayName("R6 for a person with ongoing habilitation the form explains that the way is collaboration")
	void r6OngoingHabilitationPointsToCollaboration() throws Exception {
		String person = this.fixture.consentedPerson("lss.karlstad", 9);
		this.fixture.intervention("lss.karlstad", person, this.fixture.unit(UnitKind.BUH));
		Document form = page("lss.karlstad", "/referrals/new?personId=" + person);
		assertThat(form.text()).contains("är vägen samverkan, inte en vårdbegäran");
		assertThat(form.select("a[href=/persons/" + person + "/contacts/new]").text()).isEqualTo("Logga kontakt");
		assertThat(form.select("form[action=/referrals]")).isEmpty();
		assertThat(page("buh.personal", "/referrals/new?personId=" + person).text())
			.contains("Vårdbegäran skrivs av kommunernas personal");
		this.mvc.perform(get("/referrals/new?personId=" + person).with(this.fixture.as("lss.arvika")))
			.andExpect(status().isNotFound());
	}

	@Test
	@DisplayName("R6 the receiver acknowledges and declines on the page; a stale move says someone else was first")
	void r6MovesOnThePage() throws Exception {
		String referral = this.fixture.sent("lss.karlstad");
		int version = ReferralsFixture.version(this.fixture.read("buh.personal", referral));

		this.mvc
			.perform(post("/referrals/" + referral + "/receipt").with(this.fixture.as("buh.personal"))
				.with(csrf())
				.param("version", String.valueOf(version)))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
				.redirectedUrl("/referrals/" + referral))
			.andExpect(flash().attribute("flash", "referral.received"));
		this.mvc
			.perform(post("/referrals/" + referral + "/withdrawal").with(this.fixture.as("lss.karlstad"))
				.with(csrf())
				.param("version", String.valueOf(version)))
			.andExpect(flash().attribute("flashError", "referral.stale"));
		this.mvc
			.perform(post("/referrals/" + referral + "/decision").with(this.fixture.as("buh.personal"))
				.with(csrf())
				.param("version", String.valueOf(version + 1))
				.param("outcome", "DECLINED")
				.param("comment", ""))
			.andExpect(flash().attribute("flashError", "error.referral.decline-reason-required"));
		this.mvc
			.perform(post("/referrals/" + referral + "/decision").with(this.fixture.as("buh.personal"))
				.with(csrf())
				.param("version", String.valueOf(version + 1))
				.param("outcome", "DECLINED")
				.param("comment", "Fel mottagare"))
			.andExpect(flash().attribute("flash", "referral.declined"));
		Document done = page("lss.karlstad", "/referrals/" + referral);
		assertThat(done.text()).contains("Avböjd av").contains("Fel mottagare");
		assertThat(done.select("form[action$=/withdrawal]")).isEmpty();
		this.mvc
			.perform(post("/referrals/" + referral + "/receipt").with(this.fixture.as("vh.personal"))
				.with(csrf())
				.param("version", "0"))
			.andExpect(status().isNotFound());
		assertThat(UUID.fromString(referral)).isNotNull();
	}

}

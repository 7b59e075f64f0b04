package se.samverkan.individuals.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.individuals.TestPersons;
import se.samverkan.organisation.Directory;
import se.samverkan.organisation.PrincipalKind;
import se.samverkan.organisation.SignedInStaff;
import se.samverkan.testing.CountingDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The role clarification form (R5) chooses its recipients among the staff of the units
 * working with the person, as sending does: it lists the interventions' responsible, then
 * at most 50 of the units' staff, those giving the interventions first, and finds the
 * rest by a search posted with the form (issue 7), where it listed up to 200 of each unit
 * giving an intervention. The test's staff and persons are rolled back with its
 * transaction.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(CountingDataSource.Installed.class)
@Transactional
class RoleClarificationRecipientsTests {

	static final String SENDER = "lss.karlstad";

	@Autowired
	MockMvc mvc;

	@Autowired
	Directory directory;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	private SignedInStaff me;

	private UUID buhUnit;

	private UUID buhResponsible;

	private UUID colleague;

	private UUID wanted;

	private String person;

	private String buhIntervention;

	/**
	 * A person with an intervention at BUH and one at the sender's own unit, each with a
	 * responsible; more BUH staff than the form lists, one of them late in the alphabet.
	 */
	@BeforeEach
	void personWithInterventions() throws Exception {
		this.me = this.directory.account(SENDER).orElseThrow();
		SignedInStaff buh = this.directory.account("buh.personal").orElseThrow();
		this.buhUnit = buh.unit().id();
		this.buhResponsible = buh.staffId();
		for (int i = 0; i < RecordsController.CHOICES + 10; i++) {
			staff(this.buhUnit, "rc.a" + i, "Aaa Testperson %03d".formatted(i));
		}
		this.wanted = staff(this.buhUnit, "rc.wanted", "Birgitta Sökbarsson");
		this.colleague = staff(this.me.unit().id(), "rc.colleague", "Östen Kollega");
		this.person = this.mvc
			.perform(post("/persons").with(user(this.me))
				.with(csrf())
				.param("personalIdentityNumber",
						TestPersons.numberBornOn(LocalDate.now(this.clock).minusYears(15).minusDays(50)))
				.param("firstName", "Rolf")
				.param("lastName", "Rollsson")
				.param("homeMunicipalityId", this.me.principal().id().toString())
				.param("protectedIdentity", "false"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl()
			.substring("/persons/".length());
		UUID region = this.directory.principals(PrincipalKind.REGION).get(0).id();
		this.mvc
			.perform(post("/persons/" + this.person + "/consents").with(user(this.me))
				.with(csrf())
				.param("givenOn", LocalDate.now(this.clock).toString())
				.param("form", "WRITTEN")
				.param("givenBy", "PERSON")
				.param("principalIds", this.me.principal().id().toString(), region.toString()))
			.andExpect(redirectedUrl("/persons/" + this.person));
		intervention(this.buhUnit, "Habilitering", this.buhResponsible);
		intervention(this.me.unit().id(), "Korttidsvistelse", this.colleague);
		this.buhIntervention = this.jdbc
			.sql("select id from intervention where person_id = :person and unit_id = :unit")
			.param("person", UUID.fromString(this.person))
			.param("unit", this.buhUnit)
			.query(String.class)
			.single();
	}

	@Test
	@DisplayName("R5 issue 7 the form lists the interventions' responsible first, then 50 of their units' staff, the other units' first; a search finds the rest")
	void formListsTheResponsibleAndTheFirstFifty() throws Exception {
		Document form = page(get(newForm()));
		List<Element> boxes = form.select("#recipient-field input[type=checkbox]");
		assertThat(boxes.subList(0, 2)).as("the responsible, in the order of their interventions")
			.extracting((box) -> box.attr("value"))
			.containsExactlyInAnyOrder(this.buhResponsible.toString(), this.colleague.toString());
		assertThat(boxes).extracting((box) -> box.attr("value"))
			.doesNotContain(this.me.staffId().toString(), this.wanted.toString());
		assertThat(label(form, this.colleague)).endsWith("(ansvarig för insats)");
		assertThat(boxes).as("the two responsible, then the first 50 of BUH's staff, before the sender's own unit's")
			.hasSize(2 + RecordsController.CHOICES);
		assertThat(label(form, UUID.fromString(boxes.get(2).attr("value")))).startsWith("Aaa Testperson 000");
		assertThat(form.select("#recipient-matches").text()).startsWith("De ansvariga för insatserna står först.")
			.contains("visas 50, högst 50");
		assertThat(form.select("#recipient-field").attr("aria-describedby")).isEqualTo("recipient-matches");

		// The search has a form of its own, after the page's form, so that Enter in the
		// role texts sends the clarification.
		assertThat(form.select("#recipientQuery").attr("form")).isEqualTo("recipient-search");
		assertThat(form.select("#recipientQuery-submit").attr("form")).isEqualTo("recipient-search");
		assertThat(form.select("form#recipient-search").attr("action")).isEqualTo(newForm());
		assertThat(form.select("form#recipient-search").parents().is("form")).isFalse();
		assertThat(form.select("#recipientQuery-submit").attr("hx-post"))
			.isEqualTo("/persons/" + this.person + "/role-clarifications");
		assertThat(form.select("#recipientQuery-submit").attr("hx-select")).isEqualTo("#recipient-field");

		Document found = page(get(newForm()).param("recipientQuery", "sökbar"));
		assertThat(checkbox(found, this.wanted)).isNotNull();
		assertThat(found.select("#recipient-matches").text())
			.isEqualTo("Sökningen på ”sökbar” gav en träff (högst 50 visas).");
		assertThat(found.select("#recipientQuery").attr("value")).isEqualTo("sökbar");
	}

	@Test
	@DisplayName("R5 a search keeps the roles typed and the recipients chosen, even those it does not match, and sends nothing")
	void searchKeepsTheFormAndSendsNothing() throws Exception {
		Document found = page(search("  SÖKBAR ").param("recipient", this.colleague.toString())
			.param("interventionId", this.buhIntervention)
			.param("role", "Skrivet före sökningen"));
		assertThat(checkbox(found, this.colleague).hasAttr("checked")).isTrue();
		assertThat(checkbox(found, this.wanted).hasAttr("checked")).isFalse();
		assertThat(checkbox(found, this.buhResponsible)).as("the responsible stay listed").isNotNull();
		assertThat(found.select("#recipient-field input[type=checkbox]")).hasSize(3);
		assertThat(found.select("#recipient-matches").text())
			.isEqualTo("Sökningen på ”SÖKBAR” gav en träff (högst 50 visas).");
		assertThat(found.select("textarea[name=role]").eachText()).contains("Skrivet före sökningen");
		assertThat(found.select("[role=alert]")).isEmpty();
		assertThat(sent()).isZero();
	}

	@Test
	@DisplayName("R5 a refused clarification keeps the recipient found by search chosen; sent, it reaches them")
	void refusalKeepsTheChosenAndSendingReachesThem() throws Exception {
		Document refused = page(post("/persons/" + this.person + "/role-clarifications").with(user(this.me))
			.with(csrf())
			.param("recipient", this.wanted.toString())
			.param("interventionId", this.buhIntervention)
			.param("role", " ")
			.param("recipientQuery", ""));
		assertThat(refused.select("#form-error").text()).isEqualTo("Ange rollen för minst en insats");
		assertThat(checkbox(refused, this.wanted).hasAttr("checked")).isTrue();
		assertThat(sent()).isZero();

		this.mvc
			.perform(post("/persons/" + this.person + "/role-clarifications").with(user(this.me))
				.with(csrf())
				.param("recipient", this.wanted.toString())
				.param("interventionId", this.buhIntervention)
				.param("role", "Kommunikationsstöd"))
			.andExpect(redirectedUrl("/role-clarifications"));
		assertThat(this.jdbc.sql("""
				select r.staff_id from role_clarification_recipient r
				join role_clarification c on c.id = r.role_clarification_id where c.person_id = :person
				""").param("person", UUID.fromString(this.person)).query(UUID.class).list())
			.containsExactly(this.wanted);
	}

	@Test
	@DisplayName("R5 the form finds the staff of a unit working with the person without an intervention, as sending accepts them; after the units giving interventions")
	void formOffersEveryInvolvedUnitAsSendingAccepts() throws Exception {
		SignedInStaff vh = this.directory.account("vh.personal").orElseThrow();
		UUID vhColleague = staff(vh.unit().id(), "rc.vh", "Aaa Vuxenhabiliterare");
		this.mvc
			.perform(post("/persons/" + this.person + "/contacts").with(user(this.me))
				.with(csrf())
				.param("occurredAt",
						LocalDateTime.now(this.clock).minusHours(1).truncatedTo(ChronoUnit.MINUTES).toString())
				.param("channel", "PHONE")
				.param("purpose", "FIRST_CONTACT")
				.param("participantStaffIds", vh.staffId().toString())
				.param("summary", "Samordning"))
			.andExpect(redirectedUrl("/persons/" + this.person));

		Document form = page(get(newForm()));
		assertThat(checkbox(form, vhColleague)).as("the units giving interventions come first").isNull();
		Document found = page(search("vuxenhabiliterare"));
		assertThat(checkbox(found, vhColleague)).isNotNull();
		assertThat(found.select("#recipient-matches").text())
			.isEqualTo("Sökningen på ”vuxenhabiliterare” gav en träff (högst 50 visas).");

		this.mvc
			.perform(post("/persons/" + this.person + "/role-clarifications").with(user(this.me))
				.with(csrf())
				.param("recipient", vhColleague.toString())
				.param("interventionId", this.buhIntervention)
				.param("role", "Kommunikationsstöd"))
			.andExpect(redirectedUrl("/role-clarifications"));
		assertThat(sent()).isOne();
	}

	@Test
	@DisplayName("R5 issue 7 the form reads as many rows with 300 more staff in a unit giving an intervention as without")
	void formReadsTheRowsItShows() throws Exception {
		MockHttpServletRequestBuilder form = get(newForm()).with(user(this.me));
		CountingDataSource.pageRead(this.mvc, form);
		long before = CountingDataSource.pageRead(this.mvc, form).rows();
		for (int i = 0; i < 300; i++) {
			staff(this.buhUnit, "rc.b" + i, "Aa Testperson %03d".formatted(i));
			staff(this.me.unit().id(), "rc.c" + i, "Aa Kollega %03d".formatted(i));
		}
		CountingDataSource.Read after = CountingDataSource.pageRead(this.mvc, form);
		assertThat(after.rows()).isEqualTo(before);
		assertThat(after.body()).as("the first 50 by name of the other unit, none of the sender's own")
			.contains("Aa Testperson 049")
			.doesNotContain("Aa Testperson 050", "Aa Kollega");
	}

	private String newForm() {
		return "/persons/" + this.person + "/role-clarifications/new";
	}

	/**
	 * The form posted with its search button, as htmx does: shown again, nothing sent.
	 */
	private MockHttpServletRequestBuilder search(String query) {
		return post("/persons/" + this.person + "/role-clarifications").with(user(this.me))
			.with(csrf())
			.param("search", "recipient")
			.param("recipientQuery", query);
	}

	private long sent() {
		return this.jdbc.sql("select count(*) from role_clarification where person_id = :person")
			.param("person", UUID.fromString(this.person))
			.query(Long.class)
			.single();
	}

	private void intervention(UUID unit, String title, UUID responsible) throws Exception {
		this.mvc
			.perform(post("/persons/" + this.person + "/interventions").with(user(this.me))
				.with(csrf())
				.param("unitId", unit.toString())
				.param("title", title)
				.param("responsibleStaffId", responsible.toString())
				.param("startedOn", LocalDate.now(this.clock).toString()))
			.andExpect(redirectedUrl("/persons/" + this.person));
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup.parse(this.mvc.perform(request.with(user(this.me)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private static Element checkbox(Document page, UUID staffId) {
		return page.selectFirst("#recipient-field input[type=checkbox][value=" + staffId + "]");
	}

	private static String label(Document page, UUID staffId) {
		return page.selectFirst("label[for=" + checkbox(page, staffId).id() + "]").text();
	}

	private UUID staff(UUID unit, String username, String name) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into staff (id, username, display_name, unit_id, active, version)
				values (:id, :username, :name, :unit, true, 1)
				""").param("id", id).param("username", username).param("name", name).param("unit", unit).update();
		return id;
	}

}

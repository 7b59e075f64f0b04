package se.samverkan.individuals.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import se.samverkan.individuals.TestPersons;
import se.samverkan.organisation.Directory;
import se.samverkan.organisation.PrincipalKind;
import se.samverkan.organisation.SignedInStaff;
import se.samverkan.organisation.UnitKind;
import se.samverkan.shared.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The persons' pages in a browser's terms: who sees which person (R1, L4), what the forms
 * record and what the user is told when a rule refuses it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PersonPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Directory directory;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	UUID karlstad;

	UUID region;

	UUID buhUnit;

	LocalDate today;

	@BeforeEach
	void parties() {
		this.karlstad = this.directory.principals(PrincipalKind.MUNICIPALITY)
			.stream()
			.filter((principal) -> principal.name().equals("Karlstads kommun"))
			.findFirst()
			.orElseThrow()
			.id();
		this.region = this.directory.principals(PrincipalKind.REGION).get(0).id();
		this.buhUnit = this.directory.units(UnitKind.BUH, null, PageRequest.of(0, 10)).items().get(0).id();
		this.today = LocalDate.now(this.clock);
	}

	@Test
	void every_page_renders_for_the_registering_unit_in_swedish() throws Exception {
		String id = register("lss.karlstad", TestPersons.numberBornOn(this.today.minusYears(12)), false);
		String consentId = recordConsent(id);
		for (String page : new String[] { "/persons", "/persons/new", "/persons/" + id,
				"/persons/" + id + "/consents/new", "/persons/" + id + "/consents/" + consentId + "/revocation",
				"/persons/" + id + "/interventions/new", "/persons/" + id + "/contacts/new",
				"/persons/" + id + "/sip-reference", "/transitions", "/transitions?months=12" }) {
			this.mvc.perform(get(page).with(as("lss.karlstad")))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("??"))));
		}
		this.mvc.perform(get("/persons").with(as("lss.karlstad")))
			.andExpect(content().string(containsString("<h1>Personer</h1>")))
			.andExpect(content().string(containsString("Personnummer eller samordningsnummer")))
			.andExpect(content().string(containsString("/persons/" + id)));
		this.mvc.perform(get("/persons/" + id).with(as("lss.karlstad")))
			.andExpect(content().string(containsString("Testa Testsson")))
			.andExpect(content().string(containsString("Barn- och ungdomshabiliteringen (BUH)")))
			.andExpect(content().string(containsString("Registrera samtycke")))
			.andExpect(content().string(containsString("Registrera insats")))
			.andExpect(content().string(containsString("Logga kontakt")))
			.andExpect(content().string(containsString("/persons/" + id + "/role-clarifications/new")))
			.andExpect(content().string(not(containsString("/persons/" + id + "/access-log"))))
			.andExpect(content().string(containsString("/referrals/new?personId=" + id)));
	}

	@Test
	void the_person_page_holds_a_reference_to_the_SIP_and_a_stale_save_writes_nothing() throws Exception {
		String id = register("lss.karlstad", TestPersons.numberBornOn(this.today.minusYears(40)), false);
		this.mvc
			.perform(post("/persons/" + id + "/sip-reference").with(as("lss.karlstad"))
				.with(csrf())
				.param("reference", "Cosmic Link SIP 77")
				.param("version", "0"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", "individuals.sip.saved"));
		this.mvc.perform(get("/persons/" + id).with(as("lss.karlstad")))
			.andExpect(content().string(containsString("Cosmic Link SIP 77")));
		this.mvc
			.perform(post("/persons/" + id + "/sip-reference").with(as("lss.karlstad"))
				.with(csrf())
				.param("reference", "Annan")
				.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Någon annan har sparat")));
		this.mvc.perform(get("/persons/" + id).with(as("lss.karlstad")))
			.andExpect(content().string(containsString("Cosmic Link SIP 77")));
	}

	@Test
	void L3_the_access_log_link_is_shown_to_the_registering_units_manager_only() throws Exception {
		String id = register("lss.karlstad", TestPersons.numberBornOn(this.today.minusYears(30)), false);
		this.mvc.perform(get("/persons/" + id).with(as("chef.karlstad")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/persons/" + id + "/access-log")));
	}

	@Test
	@DisplayName("L3 managers reach the log review from the persons page; case workers see no link")
	void l3TheLogReviewIsLinkedForManagersOnly() throws Exception {
		this.mvc.perform(get("/persons").with(as("chef.karlstad")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/access-log/review\"")));
		this.mvc.perform(get("/persons").with(as("lss.karlstad")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/access-log/review"))));
	}

	@Test
	void L3_the_person_page_reads_are_access_logged() throws Exception {
		String id = register("lss.karlstad", TestPersons.numberBornOn(this.today.minusYears(31)), false);
		this.mvc.perform(get("/persons/" + id).with(as("lss.karlstad"))).andExpect(status().isOk());
		assertThat(this.jdbc.sql("select action from access_log where person_id = :id and username = 'lss.karlstad'")
			.param("id", UUID.fromString(id))
			.query(String.class)
			.list()).contains("PERSON_READ", "CONSENTS_READ", "INTERVENTIONS_READ", "CONTACTS_READ");
	}

	@Test
	void R1_another_municipalitys_user_gets_the_not_found_page_for_a_karlstad_person() throws Exception {
		String number = TestPersons.numberBornOn(this.today.minusYears(20));
		String id = register("lss.karlstad", number, false);
		recordConsent(id);
		for (String page : new String[] { "/persons/" + id, "/persons/" + id + "/consents/new",
				"/persons/" + id + "/contacts/new", "/persons/" + id + "/interventions/new" }) {
			this.mvc.perform(get(page).with(as("lss.arvika")))
				.andExpect(status().isNotFound())
				.andExpect(content().string(not(containsString("Testa"))));
		}
		this.mvc.perform(get("/persons").param("number", number).with(as("lss.arvika")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ingen person hittades")))
			.andExpect(content().string(not(containsString("/persons/" + id))))
			.andExpect(content().string(not(containsString("Testa"))));
	}

	@Test
	void the_registering_unit_finds_the_person_by_number_and_a_bad_number_is_explained_next_to_the_field()
			throws Exception {
		String number = TestPersons.numberBornOn(this.today.minusYears(40));
		String id = register("lss.karlstad", number, false);
		this.mvc.perform(get("/persons").param("number", number.substring(2).replace("-", "")).with(as("lss.karlstad")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/persons/" + id + "\"")));
		this.mvc.perform(get("/persons").param("number", "19991332-1234").with(as("lss.karlstad")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kontrollera födelsedatumet och den sista siffran")))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")))
			.andExpect(content().string(containsString("id=\"number-error\"")));
	}

	@Test
	void L3_a_search_answers_with_the_person_looked_for_alone_and_logs_that_read_only() throws Exception {
		String number = TestPersons.numberBornOn(this.today.minusYears(41));
		String id = register("lss.karlstad", number, false);
		String other = register("lss.karlstad", TestPersons.numberBornOn(this.today.minusYears(42)), false);
		this.mvc.perform(get("/persons").with(as("lss.karlstad")))
			.andExpect(content().string(containsString("href=\"/persons/" + other + "\"")));
		this.mvc.perform(get("/persons").param("number", number).with(as("lss.karlstad")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/persons/" + id + "\"")))
			.andExpect(content().string(not(containsString("/persons/" + other))))
			.andExpect(content().string(containsString("Visa alla personer som din enhet är involverad i")));
		assertThat(this.jdbc.sql("select count(*) from access_log where person_id = :id and action = 'PERSON_READ'")
			.param("id", UUID.fromString(other))
			.query(Long.class)
			.single()).as("the list's reads, not the search's").isEqualTo(1);
		assertThat(this.jdbc.sql("select count(*) from access_log where person_id = :id and action = 'PERSON_LOOKUP'")
			.param("id", UUID.fromString(id))
			.query(Long.class)
			.single()).as("the search's read of the person found").isEqualTo(1);
		this.mvc.perform(get("/persons").param("number", "19991332-1234").with(as("lss.karlstad")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kontrollera födelsedatumet och den sista siffran")))
			.andExpect(content().string(not(containsString("/persons/" + other))));
	}

	@Test
	void L4_a_protected_identitys_name_is_hidden_from_units_other_than_the_registering_one() throws Exception {
		String id = register("lss.karlstad", TestPersons.numberBornOn(this.today.minusYears(9)), true);
		recordConsent(id);
		startIntervention("lss.karlstad", id, this.buhUnit).andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/persons/" + id).with(as("lss.karlstad")))
			.andExpect(content().string(containsString("Testa Testsson")));
		this.mvc.perform(get("/persons/" + id).with(as("buh.personal")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1>Skyddad identitet</h1>")))
			.andExpect(content().string(not(containsString("Testa"))))
			.andExpect(content().string(not(containsString("Testsson"))));
	}

	@Test
	void registering_leads_to_the_person_page_and_a_duplicate_is_refused_with_a_link_only_when_visible()
			throws Exception {
		String number = TestPersons.numberBornOn(this.today.minusYears(35));
		String id = register("lss.karlstad", number, false);
		this.mvc.perform(get("/persons/" + id).with(as("lss.karlstad")))
			.andExpect(content().string(containsString(number)));
		this.mvc.perform(registration("lss.karlstad", number.replace("-", ""), false))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Personen är redan registrerad och du kan se den.")))
			.andExpect(content().string(containsString("href=\"/persons/" + id + "\"")));
		this.mvc.perform(registration("lss.arvika", number, false))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Personen är redan registrerad av en annan verksamhet.")))
			.andExpect(content().string(not(containsString("/persons/" + id))));
		this.mvc.perform(registration("lss.karlstad", "19991332-1234", false))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kontrollera födelsedatumet och den sista siffran")));
		this.mvc.perform(post("/persons").with(as("lss.karlstad")).with(csrf()).param("personalIdentityNumber", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Fyll i fältet.")));
	}

	@Test
	void R1_after_a_consent_and_an_intervention_at_BUH_a_BUH_user_sees_the_person() throws Exception {
		String id = register("lss.karlstad", TestPersons.numberBornOn(this.today.minusYears(11)), false);
		this.mvc.perform(get("/persons/" + id).with(as("buh.personal"))).andExpect(status().isNotFound());
		startIntervention("lss.karlstad", id, this.buhUnit).andExpect(status().isOk())
			.andExpect(content().string(containsString("Samtycke som omfattar enhetens huvudman krävs")));

		recordConsent(id);
		startIntervention("lss.karlstad", id, this.buhUnit).andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/persons/" + id))
			.andExpect(flash().attribute("flash", "individuals.intervention.saved"));

		this.mvc.perform(get("/persons/" + id).with(as("buh.personal")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Testa Testsson")))
			.andExpect(content().string(containsString("Habiliteringsinsats")))
			.andExpect(content().string(containsString("Gällande")))
			.andExpect(content().string(containsString("<span>Region Värmland</span>")));
	}

	@Test
	void R1_a_consent_must_cover_two_principals_and_can_be_revoked_with_a_reason() throws Exception {
		String id = register("lss.karlstad", TestPersons.numberBornOn(this.today.minusYears(25)), false);
		this.mvc
			.perform(post("/persons/" + id + "/consents").with(as("lss.karlstad"))
				.with(csrf())
				.param("givenOn", this.today.toString())
				.param("form", "ORAL")
				.param("givenBy", "PERSON")
				.param("principalIds", this.karlstad.toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Välj minst två huvudmän som samtycket omfattar")));
		String consentId = recordConsent(id);
		String revocation = "/persons/" + id + "/consents/" + consentId + "/revocation";
		this.mvc.perform(post(revocation).with(as("lss.karlstad")).with(csrf()).param("reason", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"reason-error\"")));
		this.mvc.perform(post(revocation).with(as("lss.karlstad")).with(csrf()).param("reason", "Återkallat muntligt"))
			.andExpect(redirectedUrl("/persons/" + id))
			.andExpect(flash().attribute("flash", "individuals.revocation.saved"));
		this.mvc.perform(get("/persons/" + id).with(as("lss.karlstad")))
			.andExpect(content().string(containsString("Återkallat: Återkallat muntligt")));
	}

	@Test
	void R1_a_contact_across_principals_without_consent_is_refused_at_the_top_of_the_form() throws Exception {
		String id = register("lss.karlstad", TestPersons.numberBornOn(this.today.minusYears(15)), false);
		UUID lss = staff("lss.karlstad").staffId();
		UUID buh = staff("buh.personal").staffId();
		this.mvc.perform(get("/persons/" + id + "/contacts/new").with(as("lss.karlstad")))
			.andExpect(content().string(containsString("value=\"" + buh + "\"")));
		this.mvc.perform(contact(id, "WORKING_MEETING", lss, buh))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("role=\"alert\"")))
			.andExpect(content().string(containsString(
					"Deltagare från flera huvudmän kräver ett gällande samtycke som omfattar alla huvudmännen")));
		this.mvc.perform(get("/persons/" + id).with(as("buh.personal"))).andExpect(status().isNotFound());

		recordConsent(id);
		this.mvc.perform(contact(id, "WORKING_MEETING", lss, buh))
			.andExpect(redirectedUrl("/persons/" + id))
			.andExpect(flash().attribute("flash", "individuals.contact.saved"));
		this.mvc.perform(get("/persons/" + id).with(as("buh.personal")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Arbetsmöte – Första kontakt")))
			.andExpect(content().string(containsString("Samordning inför skolstart")));
	}

	@Test
	void L2_the_transition_list_flags_the_guardian_consent_to_renew() throws Exception {
		String id = register("lss.karlstad", TestPersons.numberBornOn(this.today.minusYears(18).plusMonths(2)), false);
		recordConsent(id);
		startIntervention("lss.karlstad", id, this.buhUnit).andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/transitions").with(as("buh.personal")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/persons/" + id + "\"")))
			.andExpect(content().string(containsString("Samtycket måste förnyas")));
		this.mvc.perform(get("/transitions").param("months", "40").with(as("buh.personal")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Perioden måste vara mellan 1 och 24 månader")));
	}

	@Test
	void every_page_sends_a_signed_out_visitor_to_login() throws Exception {
		UUID id = UUID.randomUUID();
		for (String page : new String[] { "/persons", "/persons/new", "/persons/" + id,
				"/persons/" + id + "/consents/new", "/persons/" + id + "/interventions/new",
				"/persons/" + id + "/contacts/new", "/transitions" }) {
			this.mvc.perform(get(page)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
		}
	}

	// --- helpers ---

	private SignedInStaff staff(String username) {
		return this.directory.account(username).orElseThrow();
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
		return user(staff(username));
	}

	private MockHttpServletRequestBuilder registration(String username, String number, boolean protectedIdentity) {
		return post("/persons").with(as(username))
			.with(csrf())
			.param("personalIdentityNumber", number)
			.param("firstName", "Testa")
			.param("lastName", "Testsson")
			.param("homeMunicipalityId", this.karlstad.toString())
			.param("protectedIdentity", Boolean.toString(protectedIdentity));
	}

	private String register(String username, String number, boolean protectedIdentity) throws Exception {
		MvcResult result = this.mvc.perform(registration(username, number, protectedIdentity))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", "individuals.register.saved"))
			.andReturn();
		return result.getResponse().getRedirectedUrl().substring("/persons/".length());
	}

	private String recordConsent(String personId) throws Exception {
		this.mvc
			.perform(post("/persons/" + personId + "/consents").with(as("lss.karlstad"))
				.with(csrf())
				.param("givenOn", this.today.toString())
				.param("form", "WRITTEN")
				.param("givenBy", "PERSON")
				.param("principalIds", this.karlstad.toString(), this.region.toString())
				.param("note", "Skriftligt samtycke"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/persons/" + personId))
			.andExpect(flash().attribute("flash", "individuals.consent.saved"));
		return this.jdbc
			.sql("select id from consent where person_id = :person and revoked_at is null order by recorded_at desc")
			.param("person", UUID.fromString(personId))
			.query(UUID.class)
			.list()
			.get(0)
			.toString();
	}

	private org.springframework.test.web.servlet.ResultActions startIntervention(String username, String personId,
			UUID unitId) throws Exception {
		return this.mvc.perform(post("/persons/" + personId + "/interventions").with(as(username))
			.with(csrf())
			.param("unitId", unitId.toString())
			.param("title", "Habiliteringsinsats")
			.param("startedOn", this.today.toString()));
	}

	private MockHttpServletRequestBuilder contact(String personId, String channel, UUID... participants) {
		String[] ids = java.util.Arrays.stream(participants).map(UUID::toString).toArray(String[]::new);
		return post("/persons/" + personId + "/contacts").with(as("lss.karlstad"))
			.with(csrf())
			.param("occurredAt", LocalDateTime.now(this.clock).minusHours(1).truncatedTo(ChronoUnit.MINUTES).toString())
			.param("channel", channel)
			.param("purpose", "FIRST_CONTACT")
			.param("participantStaffIds", ids)
			.param("summary", "Samordning inför skolstart");
	}

}

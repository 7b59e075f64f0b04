package se.samverkan.individuals;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import se.samverkan.organisation.Directory;
import se.samverkan.organisation.UnitKind;
import se.samverkan.shared.AuditableEvent;
import se.samverkan.shared.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The individuals API with the demo accounts: Karlstad's LSS unit registers; BUH sees the
 * person only with consent and involvement; Arvika never does.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class PersonsApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Directory directory;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	ApplicationEvents events;

	UUID karlstad;

	UUID region;

	UUID arvika;

	UUID buhUnit;

	LocalDate today;

	@BeforeEach
	void parties() {
		Map<String, UUID> principals = new java.util.HashMap<>();
		this.directory.principals(null).forEach((principal) -> principals.put(principal.name(), principal.id()));
		this.karlstad = principals.get("Karlstads kommun");
		this.arvika = principals.get("Arvika kommun");
		this.region = principals.get("Region Värmland");
		this.buhUnit = this.directory.units(UnitKind.BUH, null, PageRequest.of(0, 10)).items().get(0).id();
		this.today = LocalDate.now(this.clock);
	}

	// --- registering (L1) ---

	@Test
	void L1_registering_answers_201_with_location_and_the_number_in_normal_form() throws Exception {
		LocalDate born = this.today.minusYears(10).minusDays(3);
		String number = TestPersons.numberBornOn(born);
		String tenDigits = number.substring(2);
		this.mvc
			.perform(post("/api/v1/persons").with(httpBasic("lss.karlstad", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(personJson(tenDigits, false)))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", startsWith("/api/v1/persons/")))
			.andExpect(jsonPath("$.personalIdentityNumber").value(number))
			.andExpect(jsonPath("$.birthDate").value(born.toString()))
			.andExpect(jsonPath("$.age").value(10))
			.andExpect(jsonPath("$.suggestedHabilitationUnit").value("BUH"))
			.andExpect(jsonPath("$.firstName").value("Testa"))
			.andExpect(jsonPath("$.version").isNumber());
	}

	@Test
	void L2_an_adult_is_suggested_adult_habilitation() throws Exception {
		String number = TestPersons.numberBornOn(this.today.minusYears(18));
		register("lss.karlstad", number, false).andExpect(jsonPath("$.age").value(18))
			.andExpect(jsonPath("$.suggestedHabilitationUnit").value("VH"));
	}

	@Test
	void L1_a_bad_check_digit_or_date_is_refused() throws Exception {
		String number = TestPersons.numberBornOn(this.today.minusYears(30));
		char last = number.charAt(number.length() - 1);
		String wrong = number.substring(0, number.length() - 1) + (char) ('0' + (last - '0' + 1) % 10);
		for (String bad : new String[] { wrong, "19991332-1234", "hello" }) {
			register("lss.karlstad", bad, false).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.code").value("invalid-personal-identity-number"));
		}
	}

	@Test
	void a_person_already_registered_is_refused_naming_it_only_to_whoever_may_see_it() throws Exception {
		String number = TestPersons.numberBornOn(this.today.minusYears(40));
		String id = id(register("lss.karlstad", number, false));
		register("lss.karlstad", number.replace("-", ""), false).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("duplicate-person"))
			.andExpect(jsonPath("$.existingPersonId").value(id));
		register("lss.arvika", number, false).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("duplicate-person"))
			.andExpect(jsonPath("$.existingPersonId").doesNotExist());
	}

	@Test
	void registering_publishes_an_auditable_event_with_ids_only() throws Exception {
		String number = TestPersons.numberBornOn(this.today.minusYears(25));
		String id = id(register("lss.karlstad", number, false));
		assertThat(this.events.stream(PersonRegistered.class)).anySatisfy((event) -> {
			assertThat(event.aggregateId()).isEqualTo(UUID.fromString(id));
			assertThat(event.actor()).isEqualTo("lss.karlstad");
		});
		assertThat(this.events.stream(AuditableEvent.class)).allSatisfy((event) -> {
			assertThat(event.toString()).doesNotContain(number).doesNotContain("Testa");
		});
	}

	// --- who sees what (R1, L4) ---

	@Test
	void R1_another_municipalitys_unit_never_sees_the_person() throws Exception {
		String number = TestPersons.numberBornOn(this.today.minusYears(20));
		String id = id(register("lss.karlstad", number, false));
		recordConsent("lss.karlstad", id, this.karlstad, this.region).andExpect(status().isCreated());
		for (String path : new String[] { "", "/consents", "/interventions", "/contacts" }) {
			this.mvc.perform(get("/api/v1/persons/" + id + path).with(as("lss.arvika")))
				.andExpect(status().isNotFound())
				.andExpect(jsonPath("$.code").value("not-found"));
		}
		this.mvc.perform(get("/api/v1/persons").param("personalIdentityNumber", number).with(as("lss.arvika")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items.length()").value(0))
			.andExpect(jsonPath("$.total").value(0));
		this.mvc.perform(get("/api/v1/persons/" + UUID.randomUUID()).with(as("lss.arvika")))
			.andExpect(status().isNotFound());
	}

	@Test
	void R1_habilitation_sees_the_person_only_when_involved_under_an_active_consent_until_it_is_revoked()
			throws Exception {
		String id = id(register("lss.karlstad", TestPersons.numberBornOn(this.today.minusYears(12)), false));
		read("buh.personal", "/api/v1/persons/" + id).andExpect(status().isNotFound());

		startIntervention("lss.karlstad", id, this.buhUnit).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("consent-required"));

		String consentId = id(
				recordConsent("lss.karlstad", id, this.karlstad, this.region).andExpect(status().isCreated())
					.andExpect(jsonPath("$.status").value("ACTIVE"))
					.andExpect(jsonPath("$.givenBy").value("GUARDIAN")));
		read("buh.personal", "/api/v1/persons/" + id).andExpect(status().isNotFound());

		startIntervention("lss.karlstad", id, this.buhUnit).andExpect(status().isCreated())
			.andExpect(jsonPath("$.ongoing").value(true));
		read("buh.personal", "/api/v1/persons/" + id).andExpect(status().isOk()).andExpect(jsonPath("$.id").value(id));
		read("buh.personal", "/api/v1/persons/" + id + "/interventions").andExpect(status().isOk())
			.andExpect(jsonPath("$.items.length()").value(1))
			.andExpect(jsonPath("$.total").value(1));

		this.mvc
			.perform(post("/api/v1/persons/" + id + "/consents/" + consentId + "/revocation").with(as("lss.karlstad"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\":\"Vårdnadshavaren återkallade muntligt\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("REVOKED"))
			.andExpect(jsonPath("$.revocationReason").value("Vårdnadshavaren återkallade muntligt"));
		read("buh.personal", "/api/v1/persons/" + id).andExpect(status().isNotFound());
		read("buh.personal", "/api/v1/persons/" + id + "/interventions").andExpect(status().isNotFound());
		read("lss.karlstad", "/api/v1/persons/" + id + "/consents").andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].status").value("REVOKED"));
		assertThat(this.events.stream(ConsentRevoked.class)).hasSize(1);
	}

	@Test
	void R1_revoking_twice_is_an_invalid_transition_and_a_stale_version_is_refused() throws Exception {
		String id = id(register("lss.karlstad", TestPersons.numberBornOn(this.today.minusYears(33)), false));
		String consentId = id(recordConsent("lss.karlstad", id, this.karlstad, this.region));
		this.mvc
			.perform(post("/api/v1/persons/" + id + "/consents/" + consentId + "/revocation").with(as("lss.karlstad"))
				.header("If-Match", "\"99\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\":\"Återkallat\"}"))
			.andExpect(status().isPreconditionFailed())
			.andExpect(jsonPath("$.code").value("stale-version"));
		for (int expected : new int[] { 200, 409 }) {
			this.mvc
				.perform(post("/api/v1/persons/" + id + "/consents/" + consentId + "/revocation")
					.with(as("lss.karlstad"))
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"reason\":\"Återkallat\"}"))
				.andExpect(status().is(expected));
		}
	}

	@Test
	void R1_a_consent_covers_at_least_two_principals() throws Exception {
		String id = id(register("lss.karlstad", TestPersons.numberBornOn(this.today.minusYears(33)), false));
		recordConsent("lss.karlstad", id, this.karlstad).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("validation-failed"));
	}

	@Test
	void R1_a_consent_naming_a_principal_the_directory_does_not_know_is_refused_and_nothing_saved() throws Exception {
		String id = id(register("lss.karlstad", TestPersons.numberBornOn(this.today.minusYears(33)), false));
		recordConsent("lss.karlstad", id, this.karlstad, this.region, UUID.randomUUID())
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("validation-failed"));
		read("lss.karlstad", "/api/v1/persons/" + id + "/consents").andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(0));
	}

	@Test
	void L4_a_protected_identitys_name_is_hidden_from_all_but_the_registering_unit() throws Exception {
		String id = id(register("lss.karlstad", TestPersons.numberBornOn(this.today.minusYears(9)), true));
		read("lss.karlstad", "/api/v1/persons/" + id).andExpect(jsonPath("$.firstName").value("Testa"))
			.andExpect(jsonPath("$.nameHidden").value(false));
		recordConsent("lss.karlstad", id, this.karlstad, this.region);
		startIntervention("lss.karlstad", id, this.buhUnit).andExpect(status().isCreated());
		read("buh.personal", "/api/v1/persons/" + id).andExpect(status().isOk())
			.andExpect(jsonPath("$.firstName").doesNotExist())
			.andExpect(jsonPath("$.lastName").doesNotExist())
			.andExpect(jsonPath("$.nameHidden").value(true))
			.andExpect(jsonPath("$.protectedIdentity").value(true));
	}

	@Test
	void the_registering_unit_finds_its_person_by_number_in_any_written_form() throws Exception {
		String number = TestPersons.numberBornOn(this.today.minusYears(50));
		String id = id(register("lss.karlstad", number, false));
		this.mvc
			.perform(get("/api/v1/persons").param("personalIdentityNumber", number.substring(2).replace("-", ""))
				.with(as("lss.karlstad")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].id").value(id))
			.andExpect(jsonPath("$.total").value(1));
		this.mvc
			.perform(get("/api/v1/persons")
				.param("personalIdentityNumber", TestPersons.numberBornOn(this.today.minusYears(51)))
				.with(as("lss.karlstad")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items.length()").value(0));
		this.mvc.perform(get("/api/v1/persons").with(as("lss.karlstad")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].id", hasItem(id)));
	}

	// --- access log (L3) ---

	@Test
	void L3_every_read_is_logged_and_the_registering_units_managers_read_the_log() throws Exception {
		String number = TestPersons.numberBornOn(this.today.minusYears(45));
		String id = id(register("lss.karlstad", number, false));
		read("lss.karlstad", "/api/v1/persons/" + id).andExpect(status().isOk());
		read("lss.karlstad", "/api/v1/persons/" + id + "/consents").andExpect(status().isOk());
		read("lss.karlstad", "/api/v1/persons/" + id + "/interventions").andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/persons").param("personalIdentityNumber", number).with(as("lss.karlstad")))
			.andExpect(status().isOk());
		read("lss.arvika", "/api/v1/persons/" + id).andExpect(status().isNotFound());

		assertThat(this.jdbc.sql("select action from access_log where person_id = :id and username = 'lss.karlstad'")
			.param("id", UUID.fromString(id))
			.query(String.class)
			.list()).containsExactlyInAnyOrder("PERSON_READ", "CONSENTS_READ", "INTERVENTIONS_READ", "PERSON_LOOKUP");
		assertThat(this.jdbc.sql("select count(*) from access_log where person_id = :id and username = 'lss.arvika'")
			.param("id", UUID.fromString(id))
			.query(Long.class)
			.single()).isZero();

		read("chef.karlstad", "/api/v1/persons/" + id + "/access-log").andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].action", hasItem("PERSON_READ")))
			.andExpect(jsonPath("$.items[*].username", hasItem("lss.karlstad")))
			.andExpect(jsonPath("$.items[0].unitName").isString())
			.andExpect(jsonPath("$.items[0].at").isString());
		read("admin", "/api/v1/persons/" + id + "/access-log").andExpect(status().isOk());
		read("lss.karlstad", "/api/v1/persons/" + id + "/access-log").andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("forbidden"));
		read("chef.arvika", "/api/v1/persons/" + id + "/access-log").andExpect(status().isNotFound());
	}

	// --- contacts (R2-R4) ---

	@Test
	void R1_a_contact_with_participants_of_two_principals_needs_a_consent_covering_both() throws Exception {
		String id = id(register("lss.karlstad", TestPersons.numberBornOn(this.today.minusYears(15)), false));
		UUID lss = staffId("lss.karlstad");
		UUID buh = staffId("buh.personal");
		recordContact("lss.karlstad", id, "WORKING_MEETING", lss, buh).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("consent-required"));
		read("buh.personal", "/api/v1/persons/" + id).andExpect(status().isNotFound());

		recordContact("lss.karlstad", id, "PHONE", lss).andExpect(status().isCreated());
		recordConsent("lss.karlstad", id, this.karlstad, this.region);
		recordContact("lss.karlstad", id, "WORKING_MEETING", lss, buh).andExpect(status().isCreated())
			.andExpect(jsonPath("$.withPerson").value(false))
			.andExpect(jsonPath("$.channel").value("WORKING_MEETING"));
		read("buh.personal", "/api/v1/persons/" + id).andExpect(status().isOk());
		read("buh.personal", "/api/v1/persons/" + id + "/contacts").andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(2));
	}

	// --- transitions (L2, L8) ---

	@Test
	void L2_a_child_at_BUH_turning_18_soon_is_listed_with_the_guardian_consent_to_renew() throws Exception {
		String soon = id(
				register("lss.karlstad", TestPersons.numberBornOn(this.today.minusYears(18).plusMonths(3)), false));
		String later = id(
				register("lss.karlstad", TestPersons.numberBornOn(this.today.minusYears(18).plusMonths(9)), false));
		String consentId = null;
		for (String id : new String[] { soon, later }) {
			consentId = (id.equals(soon)) ? id(recordConsent("lss.karlstad", id, this.karlstad, this.region))
					: consentId;
			if (id.equals(later)) {
				recordConsent("lss.karlstad", id, this.karlstad, this.region);
			}
			startIntervention("lss.karlstad", id, this.buhUnit).andExpect(status().isCreated());
		}
		this.mvc.perform(get("/api/v1/transitions").param("withinMonths", "6").with(as("buh.personal")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[?(@.personId == '" + soon + "')].consentRenewalNeeded").value(true))
			.andExpect(
					jsonPath("$.items[?(@.personId == '" + soon + "')].guardianConsentIdsToRenew[0]").value(consentId))
			.andExpect(jsonPath("$.items[?(@.personId == '" + later + "')]").isEmpty());
		read("lss.arvika", "/api/v1/transitions").andExpect(status().isOk())
			.andExpect(jsonPath("$.items[?(@.personId == '" + soon + "')]").isEmpty());
	}

	@Test
	void demo_content_puts_a_child_at_BUH_on_the_transition_list_and_keeps_Arvikas_child_in_Arvika() throws Exception {
		read("buh.personal", "/api/v1/transitions?withinMonths=6").andExpect(status().isOk())
			.andExpect(jsonPath("$.items[?(@.firstName == 'Elsa')].consentRenewalNeeded").value(true));
		read("lss.arvika", "/api/v1/persons").andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].firstName", hasItem("Hugo")))
			.andExpect(jsonPath("$.items[?(@.firstName == 'Elsa')]").isEmpty());
		read("lss.karlstad", "/api/v1/persons?size=200").andExpect(status().isOk())
			.andExpect(jsonPath("$.items[?(@.firstName == 'Hugo')]").isEmpty())
			.andExpect(jsonPath("$.items[*].firstName", hasItem("Nora")));
	}

	// --- signing in ---

	@ParameterizedTest(name = "{0} {1}")
	@CsvSource({ "POST, /api/v1/persons", "GET, /api/v1/persons", "GET, /api/v1/persons/{id}",
			"POST, /api/v1/persons/{id}/consents", "GET, /api/v1/persons/{id}/consents",
			"POST, /api/v1/persons/{id}/consents/{id}/revocation", "POST, /api/v1/persons/{id}/interventions",
			"GET, /api/v1/persons/{id}/interventions", "POST, /api/v1/persons/{id}/contacts",
			"GET, /api/v1/persons/{id}/contacts", "GET, /api/v1/persons/{id}/access-log", "GET, /api/v1/transitions" })
	void every_endpoint_needs_sign_in(String method, String path) throws Exception {
		this.mvc
			.perform(request(HttpMethod.valueOf(method), path.replace("{id}", UUID.randomUUID().toString()))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{}"))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void the_person_page_refers_to_the_SIP_kept_in_the_regions_system() throws Exception {
		String number = TestPersons.numberBornOn(this.today.minusYears(30));
		String id = com.jayway.jsonpath.JsonPath
			.read(register("lss.karlstad", number, false).andReturn().getResponse().getContentAsString(), "$.id");
		String sip = "{\"reference\":\"Cosmic Link SIP 2026-0042\"}";
		this.mvc
			.perform(put("/api/v1/persons/{id}/sip-reference", id).contentType(MediaType.APPLICATION_JSON).content(sip))
			.andExpect(status().isUnauthorized());
		this.mvc
			.perform(put("/api/v1/persons/{id}/sip-reference", id).with(as("lss.arvika"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(sip))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(put("/api/v1/persons/{id}/sip-reference", id).with(as("lss.karlstad"))
				.header("If-Match", "\"7\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content(sip))
			.andExpect(status().isPreconditionFailed())
			.andExpect(jsonPath("$.code").value("stale-version"));
		this.mvc
			.perform(put("/api/v1/persons/{id}/sip-reference", id).with(as("lss.karlstad"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(sip))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.sipReference").value("Cosmic Link SIP 2026-0042"));
		this.mvc.perform(get("/api/v1/persons/{id}", id).with(as("lss.karlstad")))
			.andExpect(jsonPath("$.sipReference").value("Cosmic Link SIP 2026-0042"));
		this.mvc
			.perform(put("/api/v1/persons/{id}/sip-reference", id).with(as("lss.karlstad"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"reference\":\"" + "x".repeat(201) + "\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("validation-failed"));
	}

	// --- helpers ---

	private ResultActions register(String username, String number, boolean protectedIdentity) throws Exception {
		return this.mvc.perform(post("/api/v1/persons").with(as(username))
			.contentType(MediaType.APPLICATION_JSON)
			.content(personJson(number, protectedIdentity)));
	}

	private String personJson(String number, boolean protectedIdentity) {
		return """
				{"personalIdentityNumber":"%s","firstName":"Testa","lastName":"Testsson",
				 "homeMunicipalityId":"%s","protectedIdentity":%s}
				""".formatted(number, this.karlstad, protectedIdentity);
	}

	private ResultActions recordConsent(String username, String personId, UUID... principals) throws Exception {
		String ids = String.join(",", java.util.Arrays.stream(principals).map((p) -> "\"" + p + "\"").toList());
		return this.mvc.perform(post("/api/v1/persons/" + personId + "/consents").with(as(username))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"givenOn":"%s","form":"WRITTEN","principalIds":[%s],"note":"Skriftligt samtycke"}
					""".formatted(this.today, ids)));
	}

	private ResultActions startIntervention(String username, String personId, UUID unitId) throws Exception {
		return this.mvc.perform(post("/api/v1/persons/" + personId + "/interventions").with(as(username))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"unitId":"%s","title":"Habilitering","startedOn":"%s"}
					""".formatted(unitId, this.today.minusMonths(1))));
	}

	private ResultActions recordContact(String username, String personId, String channel, UUID... participants)
			throws Exception {
		String ids = String.join(",", java.util.Arrays.stream(participants).map((p) -> "\"" + p + "\"").toList());
		return this.mvc.perform(post("/api/v1/persons/" + personId + "/contacts").with(as(username))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"occurredAt":"%s","channel":"%s","purpose":"FIRST_CONTACT","participantStaffIds":[%s],
					 "summary":"Gemensam planering"}
					""".formatted(this.clock.instant().minusSeconds(3600), channel, ids)));
	}

	private ResultActions read(String username, String path) throws Exception {
		return this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path).with(as(username)));
	}

	/**
	 * Signs in as a demo account without hashing its password on every request; one test
	 * above goes through HTTP Basic itself.
	 */
	private RequestPostProcessor as(String username) {
		return user(this.directory.account(username).orElseThrow());
	}

	private UUID staffId(String username) {
		return this.directory.account(username).orElseThrow().staffId();
	}

	private static String id(ResultActions result) throws Exception {
		return JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id");
	}

}

package se.samverkan.individuals;

import java.time.Clock;
import java.util.UUID;

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

import se.samverkan.notification.Notice;
import se.samverkan.organisation.Directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Role clarifications (R5): Karlstad's LSS unit and BUH give parallel interventions to a
 * child; LSS tells BUH's responsible professional who does what, who acknowledges it.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class RoleClarificationTests {

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

	@Autowired
	RoleClarificationService roleClarifications;

	IndividualsFixture fixture;

	@BeforeEach
	void fixture() {
		this.fixture = new IndividualsFixture(this.mvc, this.directory, this.clock);
	}

	/** A child with an ongoing LSS and BUH intervention under a consent; its id. */
	private Child child() throws Exception {
		String person = this.fixture.person("lss.karlstad", 11);
		this.fixture.consent("lss.karlstad", person, this.fixture.karlstad(), this.fixture.region());
		String lss = IndividualsFixture.id(this.fixture.intervention("lss.karlstad", person,
				this.fixture.unitOf("lss.karlstad"), "Korttidsvistelse", this.fixture.staffId("lss.karlstad"), null));
		String buh = IndividualsFixture.id(
				this.fixture
					.intervention("lss.karlstad", person, this.fixture.buhUnit(), "Habilitering",
							this.fixture.staffId("buh.personal"), null)
					.andExpect(status().isCreated()));
		return new Child(person, lss, buh);
	}

	private ResultActions send(String username, String person, String body) throws Exception {
		return this.mvc
			.perform(post("/api/v1/persons/" + person + "/role-clarifications").with(this.fixture.as(username))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body));
	}

	private String body(Child child, UUID... recipients) {
		String ids = String.join(",", java.util.Arrays.stream(recipients).map((id) -> "\"" + id + "\"").toList());
		return """
				{"entries":[{"interventionId":"%s","role":"Korttidsvistelse varannan helg"},
				            {"interventionId":"%s","role":"Kommunikationsstöd och bedömning"}],
				 "recipientStaffIds":[%s]}
				""".formatted(child.lss(), child.buh(), ids);
	}

	@Test
	void R5_a_role_clarification_reaches_the_recipients_inbox_who_acknowledge_it() throws Exception {
		Child child = child();
		UUID buhStaff = this.fixture.staffId("buh.personal");
		String rc = IndividualsFixture
			.id(send("lss.karlstad", child.person(), body(child, buhStaff)).andExpect(status().isCreated())
				.andExpect(header().string("Location",
						containsString("/api/v1/persons/" + child.person() + "/role-clarifications/")))
				.andExpect(jsonPath("$.entries.length()").value(2))
				.andExpect(jsonPath("$.recipients[0].staffId").value(buhStaff.toString()))
				.andExpect(jsonPath("$.recipients[0].acknowledged").value(false))
				.andExpect(jsonPath("$.acknowledgedByAll").value(false)));

		assertThat(this.events.stream(Notice.class)).anySatisfy((notice) -> {
			assertThat(notice.recipientStaffIds()).containsExactly(buhStaff);
			assertThat(notice.messageKey()).isEqualTo("notice.role-clarification.received");
			assertThat(notice.arguments()).isEmpty();
			assertThat(notice.link()).isEqualTo("/role-clarifications");
		});
		assertThat(this.events.stream(RoleClarificationSent.class))
			.anySatisfy((event) -> assertThat(event.aggregateId()).isEqualTo(UUID.fromString(rc)));

		long waiting = this.roleClarifications.awaitingAcknowledgement(buhStaff);
		assertThat(waiting).isPositive();
		this.mvc.perform(get("/").with(this.fixture.as("buh.personal")))
			.andExpect(content().string(containsString("Information om rollfördelning att bekräfta: " + waiting)));

		String acknowledgement = "/api/v1/persons/" + child.person() + "/role-clarifications/" + rc
				+ "/acknowledgement";
		this.mvc.perform(post(acknowledgement).with(this.fixture.as("lss.karlstad")))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("forbidden"));
		this.mvc.perform(post(acknowledgement).with(this.fixture.as("lss.arvika"))).andExpect(status().isNotFound());
		for (int i = 0; i < 2; i++) {
			this.mvc.perform(post(acknowledgement).with(this.fixture.as("buh.personal")))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.recipients[0].acknowledged").value(true))
				.andExpect(jsonPath("$.acknowledgedByAll").value(true))
				.andExpect(jsonPath("$.version").value(1));
		}
		assertThat(this.events.stream(RoleClarificationAcknowledged.class)).hasSize(1);
		assertThat(this.roleClarifications.awaitingAcknowledgement(buhStaff)).isEqualTo(waiting - 1);

		this.mvc
			.perform(get("/api/v1/persons/" + child.person() + "/role-clarifications")
				.with(this.fixture.as("lss.karlstad")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].recipients[0].acknowledgedAt").isString())
			.andExpect(jsonPath("$.items[0].entries[?(@.role == 'Korttidsvistelse varannan helg')]").isNotEmpty());
		this.mvc
			.perform(get("/api/v1/persons/" + child.person() + "/role-clarifications")
				.with(this.fixture.as("lss.arvika")))
			.andExpect(status().isNotFound());
		assertThat(this.jdbc.sql("select count(*) from access_log where person_id = :p and action = :a")
			.param("p", UUID.fromString(child.person()))
			.param("a", AccessAction.ROLE_CLARIFICATIONS_READ.name())
			.query(Long.class)
			.single()).isGreaterThanOrEqualTo(2);
	}

	@Test
	void R5_R1_without_an_active_consent_covering_the_principals_it_is_refused() throws Exception {
		String person = this.fixture.person("lss.karlstad", 12);
		String consent = this.fixture.consent("lss.karlstad", person, this.fixture.karlstad(), this.fixture.region());
		String lss = IndividualsFixture.id(this.fixture.intervention("lss.karlstad", person,
				this.fixture.unitOf("lss.karlstad"), "Ledsagning", null, null));
		String buh = IndividualsFixture
			.id(this.fixture.intervention("lss.karlstad", person, this.fixture.buhUnit(), "Habilitering", null, null));
		this.mvc
			.perform(post("/api/v1/persons/" + person + "/consents/" + consent + "/revocation")
				.with(this.fixture.as("lss.karlstad"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\":\"Återkallat\"}"))
			.andExpect(status().isOk());
		send("lss.karlstad", person, body(new Child(person, lss, buh), this.fixture.staffId("buh.personal")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("consent-required"));
		assertThat(this.jdbc.sql("select count(*) from role_clarification where person_id = :p")
			.param("p", UUID.fromString(person))
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void R5_bad_entries_and_recipients_are_validation_failures_and_an_invisible_person_is_404() throws Exception {
		Child child = child();
		send("lss.karlstad", child.person(), """
				{"entries":[{"interventionId":"%s","role":" "}],"recipientStaffIds":["%s"]}
				""".formatted(child.lss(), this.fixture.staffId("buh.personal"))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("validation-failed"));
		send("lss.karlstad", child.person(), """
				{"entries":[{"interventionId":"%s","role":"Roll"}],"recipientStaffIds":["%s"]}
				""".formatted(UUID.randomUUID(), this.fixture.staffId("buh.personal")))
			.andExpect(status().isBadRequest());
		send("lss.karlstad", child.person(), body(child, this.fixture.staffId("lss.arvika")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("validation-failed"));
		send("lss.karlstad", child.person(), "{\"entries\":[],\"recipientStaffIds\":[]}")
			.andExpect(status().isBadRequest());
		send("lss.arvika", child.person(), body(child, this.fixture.staffId("buh.personal")))
			.andExpect(status().isNotFound());
	}

	@Test
	void R5_pages_the_form_sends_and_the_recipient_acknowledges_from_their_list() throws Exception {
		Child child = child();
		this.mvc
			.perform(get("/persons/" + child.person() + "/role-clarifications/new")
				.with(this.fixture.as("lss.karlstad")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Korttidsvistelse")))
			.andExpect(content().string(containsString("Habilitering")))
			.andExpect(content().string(containsString(this.fixture.staffId("buh.personal").toString())));
		this.mvc
			.perform(get("/persons/" + child.person() + "/role-clarifications/new").with(this.fixture.as("lss.arvika")))
			.andExpect(status().isNotFound());

		this.mvc
			.perform(post("/persons/" + child.person() + "/role-clarifications").with(this.fixture.as("lss.karlstad"))
				.with(csrf())
				.param("interventionId", child.lss(), child.buh())
				.param("role", "", "Bedömning av kommunikation")
				.param("recipient"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Välj minst en mottagare")))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")))
			.andExpect(content().string(containsString("Bedömning av kommunikation")));

		this.mvc
			.perform(post("/persons/" + child.person() + "/role-clarifications").with(this.fixture.as("lss.karlstad"))
				.with(csrf())
				.param("interventionId", child.lss(), child.buh())
				.param("role", "", "Bedömning av kommunikation")
				.param("recipient", this.fixture.staffId("buh.personal").toString()))
			.andExpect(redirectedUrl("/role-clarifications"))
			.andExpect(flash().attribute("flash", "roleClarification.flash.sent"));

		String rc = this.jdbc.sql("select id from role_clarification where person_id = :p")
			.param("p", UUID.fromString(child.person()))
			.query(String.class)
			.single();
		this.mvc.perform(get("/role-clarifications").with(this.fixture.as("buh.personal")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bedömning av kommunikation")))
			.andExpect(content().string(containsString("Bekräfta")));
		this.mvc
			.perform(post("/persons/" + child.person() + "/role-clarifications/" + rc + "/acknowledgement")
				.with(this.fixture.as("buh.personal"))
				.with(csrf()))
			.andExpect(redirectedUrl("/role-clarifications"));
		this.mvc.perform(get("/role-clarifications").with(this.fixture.as("lss.karlstad")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("bekräftade")))
			.andExpect(content().string(not(containsString(">Bekräfta<"))));
	}

	@ParameterizedTest(name = "{0} {1}")
	@CsvSource({ "POST, /api/v1/persons/{id}/role-clarifications", "GET, /api/v1/persons/{id}/role-clarifications",
			"GET, /api/v1/persons/{id}/role-clarifications/{id}",
			"POST, /api/v1/persons/{id}/role-clarifications/{id}/acknowledgement" })
	void every_endpoint_needs_sign_in(String method, String path) throws Exception {
		this.mvc
			.perform(request(HttpMethod.valueOf(method), path.replace("{id}", UUID.randomUUID().toString()))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{}"))
			.andExpect(status().isUnauthorized());
	}

	record Child(String person, String lss, String buh) {
	}

}

package se.samverkan.individuals;

import java.time.Clock;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import se.samverkan.organisation.Directory;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Log review (*loggkontroll*, L3): the registering unit's managers see reads by units
 * that are no longer involved or whose consent has ended, and nothing else.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AccessLogReviewTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Directory directory;

	@Autowired
	Clock clock;

	IndividualsFixture fixture;

	@BeforeEach
	void fixture() {
		this.fixture = new IndividualsFixture(this.mvc, this.directory, this.clock);
	}

	private String readByBuh(boolean interventionEnded) throws Exception {
		String person = this.fixture.person("lss.karlstad", 9);
		this.fixture.consent("lss.karlstad", person, this.fixture.karlstad(), this.fixture.region());
		this.fixture
			.intervention("lss.karlstad", person, this.fixture.buhUnit(), "Habilitering", null,
					interventionEnded ? this.fixture.today : null)
			.andExpect(status().isCreated());
		this.mvc.perform(get("/api/v1/persons/" + person).with(this.fixture.as("buh.personal")))
			.andExpect(status().isOk());
		return person;
	}

	@Test
	void L3_reads_by_units_no_longer_involved_or_without_consent_are_listed_for_the_registering_units_manager()
			throws Exception {
		String ongoing = readByBuh(false);
		String ended = readByBuh(true);
		String revoked = readByBuh(false);
		String consentId = com.jayway.jsonpath.JsonPath.read(
				this.mvc.perform(get("/api/v1/persons/" + revoked + "/consents").with(this.fixture.as("lss.karlstad")))
					.andReturn()
					.getResponse()
					.getContentAsString(),
				"$.items[0].id");
		this.mvc
			.perform(post("/api/v1/persons/" + revoked + "/consents/" + consentId + "/revocation")
				.with(this.fixture.as("lss.karlstad"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\":\"Återkallat\"}"))
			.andExpect(status().isOk());

		this.mvc.perform(get("/api/v1/access-log/review?size=200").with(this.fixture.as("chef.karlstad")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[?(@.personId == '" + ongoing + "')]").isEmpty())
			.andExpect(
					jsonPath("$.items[?(@.personId == '" + ended + "')].reason").value(hasItem("NO_LONGER_INVOLVED")))
			.andExpect(jsonPath("$.items[?(@.personId == '" + ended + "')].username").value(hasItem("buh.personal")))
			.andExpect(jsonPath("$.items[?(@.personId == '" + revoked + "')].reason").value(hasItem("CONSENT_ENDED")))
			.andExpect(jsonPath("$.items[?(@.username == 'lss.karlstad')]").isEmpty());
		this.mvc.perform(get("/api/v1/access-log/review?size=200").with(this.fixture.as("chef.arvika")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[?(@.personId == '" + ended + "')]").isEmpty());
		this.mvc.perform(get("/api/v1/access-log/review").with(this.fixture.as("lss.karlstad")))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("forbidden"));
		this.mvc.perform(get("/api/v1/access-log/review")).andExpect(status().isUnauthorized());

		this.mvc.perform(get("/access-log/review").with(this.fixture.as("chef.karlstad")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enheten är inte längre involverad")))
			.andExpect(content().string(containsString("/persons/" + ended + "/access-log")))
			.andExpect(content().string(not(containsString("/persons/" + ongoing + "/access-log"))));
		this.mvc.perform(get("/access-log/review").with(this.fixture.as("lss.karlstad")))
			.andExpect(status().isForbidden());
	}

}

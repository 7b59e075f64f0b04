package se.samverkan.individuals;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import se.samverkan.organisation.Directory;
import se.samverkan.organisation.PrincipalKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * No personal identity number or name ever reaches the application log, at the log levels
 * production runs with, whether a request succeeds or is refused.
 */
@SpringBootTest(properties = { "logging.level.root=INFO", "logging.level.se.samverkan=DEBUG" })
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class PersonalDataLoggingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Directory directory;

	@Autowired
	Clock clock;

	@Test
	void L3_registering_reading_and_refusals_log_no_number_and_no_name(CapturedOutput output) throws Exception {
		String number = TestPersons.numberBornOn(LocalDate.now(this.clock).minusYears(12));
		UUID karlstad = this.directory.principals(PrincipalKind.MUNICIPALITY)
			.stream()
			.filter((principal) -> principal.name().equals("Karlstads kommun"))
			.findFirst()
			.orElseThrow()
			.id();
		String person = """
				{"personalIdentityNumber":"%s","firstName":"Loggfri","lastName":"Hemligsson","homeMunicipalityId":"%s"}
				""".formatted(number, karlstad);
		this.mvc
			.perform(post("/api/v1/persons").with(httpBasic("lss.karlstad", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(person))
			.andExpect(status().isCreated());
		this.mvc
			.perform(post("/api/v1/persons").with(httpBasic("lss.karlstad", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(person))
			.andExpect(status().isConflict());
		this.mvc
			.perform(get("/api/v1/persons").param("personalIdentityNumber", number)
				.with(httpBasic("lss.arvika", "demo")))
			.andExpect(status().isOk());
		this.mvc
			.perform(get("/api/v1/persons").param("personalIdentityNumber", number.replace('-', '+') + "9")
				.with(httpBasic("lss.karlstad", "demo")))
			.andExpect(status().isBadRequest());

		assertThat(output.getAll()).doesNotContain(number)
			.doesNotContain(number.substring(2))
			.doesNotContain(number.replace("-", ""))
			.doesNotContain("Loggfri")
			.doesNotContain("Hemligsson");
	}

}

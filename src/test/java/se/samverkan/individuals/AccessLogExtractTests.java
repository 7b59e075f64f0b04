package se.samverkan.individuals;

import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The access log page and the extract for the individual (*loggutdrag*, L3): for the
 * registering unit's managers and administrators, naming units and users.
 */
class AccessLogExtractTests extends IndividualsApplicationTest {

	@Test
	void L3_the_registering_units_head_of_operations_reads_the_log_page_others_get_no_such_page() throws Exception {
		String person = this.fixture.person("lss.karlstad", 30);
		this.mvc.perform(get("/api/v1/persons/" + person).with(this.fixture.as("lss.karlstad")))
			.andExpect(status().isOk());
		this.mvc.perform(get("/persons/" + person + "/access-log").with(this.fixture.as("chef.karlstad")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("lss.karlstad")))
			.andExpect(content().string(containsString("Personuppgifter")))
			.andExpect(content().string(containsString("/persons/" + person + "/access-log.pdf")));
		this.mvc.perform(get("/persons/" + person + "/access-log").with(this.fixture.as("admin")))
			.andExpect(status().isOk());
		for (String other : new String[] { "lss.karlstad", "lss.arvika", "chef.arvika" }) {
			this.mvc.perform(get("/persons/" + person + "/access-log").with(this.fixture.as(other)))
				.andExpect(status().isNotFound());
			this.mvc.perform(get("/persons/" + person + "/access-log.pdf").with(this.fixture.as(other)))
				.andExpect(status().isNotFound());
		}
	}

	@Test
	void L3_the_extract_is_a_PDF_naming_the_units_and_users_who_read() throws Exception {
		String person = this.fixture.person("lss.karlstad", 40);
		this.fixture.consent("lss.karlstad", person, this.fixture.karlstad(), this.fixture.region());
		this.fixture.intervention("lss.karlstad", person, this.fixture.buhUnit(), "Habilitering", null, null)
			.andExpect(status().isCreated());
		this.mvc.perform(get("/api/v1/persons/" + person).with(this.fixture.as("buh.personal")))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/persons/" + person + "/consents").with(this.fixture.as("lss.karlstad")))
			.andExpect(status().isOk());

		byte[] pdf = this.mvc
			.perform(get("/api/v1/persons/" + person + "/access-log.pdf").with(this.fixture.as("chef.karlstad")))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String buhUnit = this.directory.unit(this.fixture.buhUnit()).orElseThrow().name();
		String lssUnit = this.directory.account("lss.karlstad").orElseThrow().unit().name();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Loggutdrag", "buh.personal", "lss.karlstad", buhUnit, lssUnit, "Samtycken",
					"Rolf Testberg");
		}

		byte[] fromPage = this.mvc
			.perform(get("/persons/" + person + "/access-log.pdf").with(this.fixture.as("chef.karlstad")))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(fromPage)) {
			assertThat(document.getNumberOfPages()).isPositive();
		}
	}

	@Test
	void L3_the_extract_api_refuses_others_as_the_log_does() throws Exception {
		String person = this.fixture.person("lss.karlstad", 35);
		this.mvc.perform(get("/api/v1/persons/" + person + "/access-log.pdf").with(this.fixture.as("lss.karlstad")))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("forbidden"));
		this.mvc.perform(get("/api/v1/persons/" + person + "/access-log.pdf").with(this.fixture.as("lss.arvika")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/persons/" + person + "/access-log.pdf").with(this.fixture.as("admin")))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/persons/" + UUID.randomUUID() + "/access-log.pdf"))
			.andExpect(status().isUnauthorized());
	}

}

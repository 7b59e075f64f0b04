package se.samverkan.matters.web;

import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import se.samverkan.matters.MatterCategory;
import se.samverkan.matters.MatterManagement;
import se.samverkan.matters.MatterManagement.ReportMatter;
import se.samverkan.matters.MatterSource;
import se.samverkan.matters.MatterStatus;
import se.samverkan.matters.MatterView;
import se.samverkan.organisation.Directory;
import se.samverkan.organisation.SignedInStaff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The matters pages: report, see the trail, handle; what the user is told on refusal. */
@SpringBootTest
@AutoConfigureMockMvc
class MatterPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Directory directory;

	@Autowired
	MatterManagement matters;

	SignedInStaff staff(String username) {
		return this.directory.account(username).orElseThrow();
	}

	RequestPostProcessor as(String username) {
		return user(staff(username));
	}

	Document page(String username, String path) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(path).with(as(username)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	@Test
	@DisplayName("R11 a user reports a matter with the form and lands on its page")
	void r11ReportWithTheForm() throws Exception {
		Document form = page("lss.grums", "/matters/new");
		assertThat(form.select("input[name=category]")).hasSize(5);
		MvcResult result = this.mvc
			.perform(post("/matters").with(as("lss.grums"))
				.with(csrf())
				.param("title", "Hjälpmedel vid skolstart")
				.param("description", "Oklart vem som beställer")
				.param("category", "GREY_ZONE")
				.param("source", "STAFF"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", "matters.reported"))
			.andReturn();
		String location = result.getResponse().getRedirectedUrl();
		Document matter = page("lss.grums", location);
		assertThat(matter.select("h1").text()).isEqualTo("Hjälpmedel vid skolstart");
		assertThat(matter.text()).contains("Gråzon i uppdrag eller ansvar", "Anmält");
		assertThat(matter.select("form[action$=/transitions]")).isEmpty();
		assertThat(page("lss.grums", "/matters").select("a[href=" + location + "]")).hasSize(1);
	}

	@Test
	@DisplayName("L5 the form refuses a personal identity number and says why")
	void l5TheFormExplainsTheRefusal() throws Exception {
		String body = this.mvc
			.perform(post("/matters").with(as("lss.grums"))
				.with(csrf())
				.param("title", "Om ett barn")
				.param("description", "Gäller 121212-1212")
				.param("category", "DEVIATION")
				.param("source", "STAFF"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document page = Jsoup.parse(body);
		assertThat(page.select("[role=alert]").text()).contains("personnummer", "beskriv vad som hänt");
		assertThat(page.select("textarea[name=description]").text()).isEqualTo("Gäller 121212-1212");
	}

	@Test
	@DisplayName("R9 a convener moves a matter on from its page; closing without an answer is refused on the form")
	void r9ConvenerHandlesFromThePage() throws Exception {
		MatterView matter = this.matters.report(staff("lss.storfors"),
				new ReportMatter("Kö till utredning", "Lång väntan", MatterCategory.DEFICIENCY, MatterSource.STAFF));
		String path = "/matters/" + matter.id();
		Document page = page("buh.samordnare", path);
		assertThat(page.select("form[action$=/transitions] input[name=to]")).hasSize(2);
		assertThat(page.select("form[action$=/notes]")).hasSize(1);

		String refused = this.mvc
			.perform(post(path + "/transitions").with(as("buh.samordnare"))
				.with(csrf())
				.param("to", "CLOSED")
				.param("comment", "")
				.param("version", "0"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(refused).select("#comment-error").text()).contains("svar");

		this.mvc
			.perform(post(path + "/transitions").with(as("buh.samordnare"))
				.with(csrf())
				.param("to", "UNDER_ANALYSIS")
				.param("comment", "Analyseras")
				.param("version", "0"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", "matters.moved"));
		assertThat(this.matters.summary(matter.id()).orElseThrow().status()).isEqualTo(MatterStatus.UNDER_ANALYSIS);

		String stale = this.mvc
			.perform(post(path + "/transitions").with(as("vh.samordnare"))
				.with(csrf())
				.param("to", "CLOSED")
				.param("comment", "Klart")
				.param("version", "0"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(stale).select("[role=alert]").text()).contains("Någon annan ändrade ärendet");
		assertThat(this.matters.summary(matter.id()).orElseThrow().status()).isEqualTo(MatterStatus.UNDER_ANALYSIS);
	}

	@Test
	@DisplayName("R9 a user who is not a handler cannot post a transition; a stranger does not see the matter")
	void r9OthersCannotHandle() throws Exception {
		MatterView matter = this.matters.report(staff("lss.storfors"),
				new ReportMatter("Rutin saknas", "Ingen rutin", MatterCategory.OTHER, MatterSource.STAFF));
		this.mvc
			.perform(post("/matters/" + matter.id() + "/transitions").with(as("lss.storfors"))
				.with(csrf())
				.param("to", "UNDER_ANALYSIS")
				.param("version", "0"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/matters/" + matter.id()).with(as("lss.eda"))).andExpect(status().isNotFound());
		this.mvc.perform(get("/matters/" + UUID.randomUUID()).with(as("buh.samordnare")))
			.andExpect(status().isNotFound());
	}

}

package se.samverkan.agreements;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import se.samverkan.activityplans.YearlyFixture;
import se.samverkan.organisation.Directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The agreement list's paging and refusal of bad input (R23, R24). */
@SpringBootTest
@AutoConfigureMockMvc
class AgreementsApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Directory directory;

	YearlyFixture fixture;

	@BeforeEach
	void fixture() {
		this.fixture = new YearlyFixture(this.mvc, this.directory);
	}

	@Test
	@DisplayName("R23 R24 the agreement list is paged with page and size, bad paging refused")
	void r23AgreementListIsPaged() throws Exception {
		String all = this.mvc.perform(get("/api/v1/agreements").with(this.fixture.as("lss.karlstad")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		int total = JsonPath.read(all, "$.total");
		assertThat(total).isGreaterThanOrEqualTo(2);
		String first = this.mvc.perform(get("/api/v1/agreements?page=0&size=1").with(this.fixture.as("lss.karlstad")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items.length()").value(1))
			.andExpect(jsonPath("$.page").value(0))
			.andExpect(jsonPath("$.size").value(1))
			.andExpect(jsonPath("$.total").value(total))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String second = this.mvc.perform(get("/api/v1/agreements?page=1&size=1").with(this.fixture.as("lss.karlstad")))
			.andExpect(jsonPath("$.items.length()").value(1))
			.andExpect(jsonPath("$.page").value(1))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JsonPath.<String>read(second, "$.items[0].id"))
			.isNotEqualTo(JsonPath.<String>read(first, "$.items[0].id"));
		this.mvc.perform(get("/api/v1/agreements?page=" + total + "&size=1").with(this.fixture.as("lss.karlstad")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items.length()").value(0))
			.andExpect(jsonPath("$.total").value(total));
		for (String bad : new String[] { "size=201", "size=0", "page=-1", "page=x" }) {
			this.mvc.perform(get("/api/v1/agreements?" + bad).with(this.fixture.as("lss.karlstad")))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.code").value("validation-failed"));
		}
	}

	@Test
	@DisplayName("R23 an agreement without validFrom is refused with validation-failed, not a server error")
	void r23AgreementWithoutValidFromRefused() throws Exception {
		this.mvc.perform(this.fixture.json(post("/api/v1/agreements"), "vh.samordnare", "{\"title\":\"x\"}"))
			.andExpect(status().isForbidden());
		this.mvc.perform(this.fixture.json(post("/api/v1/agreements"), "admin", """
				{"title":"Utan startdatum","summary":"x","partyUnitIds":["%s","%s"]}
				""".formatted(this.fixture.unitOf("chef.vh"), this.fixture.unitOf("chef.arvika"))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("validation-failed"));
	}

}

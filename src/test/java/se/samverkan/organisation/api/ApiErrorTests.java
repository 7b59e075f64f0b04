package se.samverkan.organisation.api;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The contract's conventions for errors: problem details with a stable code in the
 * caller's language, and never a 500 for bad input.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ApiErrorTests {

	@Autowired
	MockMvc mvc;

	@Test
	void an_unknown_path_under_the_api_is_a_not_found_problem() throws Exception {
		this.mvc.perform(get("/api/v1/no-such-thing").with(httpBasic("lss.karlstad", "demo")))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("not-found"))
			.andExpect(jsonPath("$.status").value(404))
			.andExpect(jsonPath("$.title").value("Hittades inte"));
		this.mvc.perform(post("/api/v2/units").with(httpBasic("lss.karlstad", "demo")))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("not-found"));
	}

	@Test
	void an_unknown_path_still_needs_sign_in_first() throws Exception {
		this.mvc.perform(get("/api/v1/no-such-thing"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.code").value("unauthorized"));
	}

	@Test
	void a_known_path_with_another_method_is_405_not_404() throws Exception {
		this.mvc.perform(delete("/api/v1/units").with(httpBasic("lss.karlstad", "demo")))
			.andExpect(status().isMethodNotAllowed())
			.andExpect(header().string(HttpHeaders.ALLOW, containsString("GET")))
			.andExpect(jsonPath("$.code").exists());
		this.mvc.perform(options("/api/v1/updates").with(httpBasic("lss.karlstad", "demo")))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.ALLOW, containsString("POST")));
	}

	@Test
	void a_malformed_id_in_the_path_is_a_validation_problem() throws Exception {
		this.mvc.perform(get("/api/v1/units/not-a-uuid").with(httpBasic("lss.karlstad", "demo")))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("validation-failed"))
			.andExpect(jsonPath("$.errors[0].field").value("id"));
		this.mvc.perform(get("/api/v1/units/not-a-uuid/description").with(httpBasic("lss.karlstad", "demo")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("validation-failed"));
	}

	@Test
	void a_malformed_filter_or_page_is_a_validation_problem() throws Exception {
		this.mvc.perform(get("/api/v1/units?kind=CASTLE").with(httpBasic("lss.karlstad", "demo")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("validation-failed"))
			.andExpect(jsonPath("$.errors[0].field").value("kind"));
		this.mvc.perform(get("/api/v1/staff?unitId=42").with(httpBasic("lss.karlstad", "demo")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("validation-failed"));
		this.mvc.perform(get("/api/v1/principals?size=201").with(httpBasic("lss.karlstad", "demo")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("validation-failed"));
		this.mvc.perform(get("/api/v1/updates?page=-1").with(httpBasic("lss.karlstad", "demo")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("validation-failed"));
	}

	@Test
	void malformed_json_is_a_validation_problem() throws Exception {
		this.mvc
			.perform(post("/api/v1/updates").with(httpBasic("lss.karlstad", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"title\": \"Utan slut"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("validation-failed"));
		this.mvc
			.perform(post("/api/v1/admin/principals").with(httpBasic("admin", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"Testkommun\", \"kind\": \"COUNTY\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("validation-failed"));
		this.mvc.perform(post("/api/v1/updates").with(httpBasic("lss.karlstad", "demo")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("validation-failed"));
	}

	@Test
	void a_malformed_if_match_is_a_validation_problem() throws Exception {
		this.mvc
			.perform(put("/api/v1/units/{id}/description", UUID.randomUUID()).with(httpBasic("lss.karlstad", "demo"))
				.header(HttpHeaders.IF_MATCH, "\"three\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("validation-failed"));
	}

	@Test
	void problem_details_follow_accept_language_swedish_by_default() throws Exception {
		String unknown = "/api/v1/units/" + UUID.randomUUID();
		this.mvc.perform(get(unknown).with(httpBasic("lss.karlstad", "demo")).header("Accept-Language", "en"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.title").value("Not found"))
			.andExpect(jsonPath("$.code").value("not-found"));
		this.mvc.perform(get(unknown).with(httpBasic("lss.karlstad", "demo")))
			.andExpect(jsonPath("$.title").value("Hittades inte"));
		this.mvc
			.perform(post("/api/v1/updates").with(httpBasic("lss.karlstad", "demo"))
				.header("Accept-Language", "en-GB,en;q=0.9")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"title\": \"\", \"body\": \"Text\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.title").value("The data is not valid"))
			.andExpect(jsonPath("$.errors[0].field").value("title"))
			.andExpect(jsonPath("$.errors[0].message").value("Please fill in this field."));
	}

	@Test
	void the_openapi_document_lists_the_organisation_api_without_sign_in() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.paths['/api/v1/me'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/principals'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/units'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/units/{id}'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/staff'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/units/{unitId}/description'].put").exists())
			.andExpect(jsonPath("$.paths['/api/v1/updates'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/updates/{id}'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/interest-organisations'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/admin/principals'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/admin/units/{id}'].put").exists())
			.andExpect(jsonPath("$.paths['/api/v1/admin/staff'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/admin/staff/{id}/deactivation'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/admin/staff/{id}/reactivation'].post").exists())
			.andExpect(jsonPath("$.paths['/api/**']").doesNotExist());
	}

}

package se.samverkan.organisation.api;

import java.util.UUID;
import java.util.function.Supplier;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import se.samverkan.organisation.Directory;
import se.samverkan.organisation.OrganisationManagement;
import se.samverkan.organisation.PrincipalKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The administrators' API under {@code /api/v1/admin}: principals, units and staff
 * accounts. Everyone else gets 403, and nobody signed out gets past 401.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OrganisationAdminApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Directory directory;

	@Autowired
	OrganisationManagement management;

	@Test
	void an_administrator_registers_a_principal() throws Exception {
		String name = unique("Testkommun");
		Supplier<MockHttpServletRequestBuilder> request = () -> json(post("/api/v1/admin/principals"),
				"{\"name\": \"%s\", \"kind\": \"MUNICIPALITY\"}".formatted(name));
		this.mvc.perform(request.get()).andExpect(status().isUnauthorized());
		this.mvc.perform(request.get().with(httpBasic("chef.karlstad", "demo")))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("forbidden"));
		MvcResult created = this.mvc.perform(request.get().with(httpBasic("admin", "demo")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.name").value(name))
			.andExpect(jsonPath("$.kind").value("MUNICIPALITY"))
			.andExpect(jsonPath("$.active").value(true))
			.andExpect(jsonPath("$.version").isNumber())
			.andReturn();
		String location = created.getResponse().getHeader(HttpHeaders.LOCATION);
		assertThat(location).endsWith("/api/v1/principals/" + id(created));
		this.mvc.perform(get(location).with(httpBasic("lss.karlstad", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value(name));
		this.mvc.perform(request.get().with(httpBasic("admin", "demo")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("conflict"));
	}

	@Test
	void a_principal_is_changed_with_if_match_and_a_stale_version_writes_nothing() throws Exception {
		UUID id = this.management.registerPrincipal(unique("Ändringskommun"), PrincipalKind.MUNICIPALITY).id();
		int version = this.directory.principal(id).orElseThrow().version();
		String renamed = unique("Omdöpt kommun");
		String body = "{\"name\": \"%s\", \"kind\": \"MUNICIPALITY\", \"active\": false}".formatted(renamed);
		this.mvc.perform(json(put("/api/v1/admin/principals/{id}", id), body)).andExpect(status().isUnauthorized());
		this.mvc.perform(json(put("/api/v1/admin/principals/{id}", id), body).with(httpBasic("lss.karlstad", "demo")))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(json(put("/api/v1/admin/principals/{id}", id), body).with(httpBasic("admin", "demo"))
				.header(HttpHeaders.IF_MATCH, "\"" + version + "\""))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.ETAG, "\"" + (version + 1) + "\""))
			.andExpect(jsonPath("$.name").value(renamed))
			.andExpect(jsonPath("$.active").value(false))
			.andExpect(jsonPath("$.version").value(version + 1));
		this.mvc
			.perform(json(put("/api/v1/admin/principals/{id}", id),
					"{\"name\": \"Från en gammal kopia\", \"kind\": \"REGION\", \"active\": true}")
				.with(httpBasic("admin", "demo"))
				.header(HttpHeaders.IF_MATCH, "\"" + version + "\""))
			.andExpect(status().isPreconditionFailed())
			.andExpect(jsonPath("$.code").value("stale-version"));
		assertThat(this.directory.principal(id).orElseThrow().name()).isEqualTo(renamed);
		this.mvc
			.perform(json(put("/api/v1/admin/principals/{id}", UUID.randomUUID()), body)
				.with(httpBasic("admin", "demo")))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("not-found"));
		this.mvc
			.perform(json(put("/api/v1/admin/principals/{id}", id), "{\"name\": \"\", \"kind\": null}")
				.with(httpBasic("admin", "demo")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("name", "kind", "active")));
	}

	@Test
	void an_administrator_establishes_and_changes_a_unit() throws Exception {
		UUID region = this.directory.principals(PrincipalKind.REGION).get(0).id();
		String name = unique("Testenhet");
		Supplier<MockHttpServletRequestBuilder> create = () -> json(post("/api/v1/admin/units"),
				"{\"principalId\": \"%s\", \"name\": \"%s\", \"kind\": \"OTHER\", \"agreementParty\": false}"
					.formatted(region, name));
		this.mvc.perform(create.get()).andExpect(status().isUnauthorized());
		this.mvc.perform(create.get().with(httpBasic("buh.samordnare", "demo"))).andExpect(status().isForbidden());
		MvcResult created = this.mvc.perform(create.get().with(httpBasic("admin", "demo")))
			.andExpect(status().isCreated())
			.andExpect(header().string(HttpHeaders.LOCATION, matchesPattern(".*/api/v1/units/[0-9a-f-]{36}")))
			.andExpect(jsonPath("$.principalName").value("Region Värmland"))
			.andExpect(jsonPath("$.kind").value("OTHER"))
			.andExpect(jsonPath("$.agreementParty").value(false))
			.andReturn();
		UUID id = UUID.fromString(id(created));
		assertThat(created.getResponse().getHeader(HttpHeaders.LOCATION)).endsWith("/api/v1/units/" + id);
		int version = JsonPath.read(created.getResponse().getContentAsString(), "$.version");
		String change = "{\"principalId\": \"%s\", \"name\": \"%s\", \"kind\": \"OTHER\", \"agreementParty\": false, \"active\": false}"
			.formatted(region, name + " (nedlagd)");
		this.mvc.perform(json(put("/api/v1/admin/units/{id}", id), change)).andExpect(status().isUnauthorized());
		this.mvc.perform(json(put("/api/v1/admin/units/{id}", id), change).with(httpBasic("lss.karlstad", "demo")))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(json(put("/api/v1/admin/units/{id}", id), change).with(httpBasic("admin", "demo"))
				.header(HttpHeaders.IF_MATCH, "\"" + (version + 5) + "\""))
			.andExpect(status().isPreconditionFailed())
			.andExpect(jsonPath("$.code").value("stale-version"));
		assertThat(this.directory.unit(id).orElseThrow().active()).isTrue();
		this.mvc
			.perform(json(put("/api/v1/admin/units/{id}", id), change).with(httpBasic("admin", "demo"))
				.header(HttpHeaders.IF_MATCH, "\"" + version + "\""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value(name + " (nedlagd)"))
			.andExpect(jsonPath("$.active").value(false))
			.andExpect(jsonPath("$.version").value(version + 1));
		this.mvc
			.perform(json(post("/api/v1/admin/units"),
					"{\"principalId\": \"%s\", \"name\": \"Enhet\", \"kind\": \"LSS\"}".formatted(UUID.randomUUID()))
				.with(httpBasic("admin", "demo")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("validation-failed"));
	}

	@Test
	void an_administrator_opens_reads_and_changes_a_staff_account() throws Exception {
		OwnUnits.OwnUnit own = OwnUnits.create(this.management, this.directory);
		String username = unique("nyanstalld").toLowerCase().replace(' ', '.');
		Supplier<MockHttpServletRequestBuilder> open = () -> json(post("/api/v1/admin/staff"), """
				{"username": "%s", "displayName": "Ny Anställd", "email": "ny@example.org", "unitId": "%s",
				 "nearestManagerId": "%s", "functions": ["CASE_WORKER", "MAS"], "administrator": false,
				 "password": "ett-langt-losenord"}
				""".formatted(username, own.unitId(), own.staffId()));
		this.mvc.perform(open.get()).andExpect(status().isUnauthorized());
		this.mvc.perform(open.get().with(httpBasic("chef.buh", "demo"))).andExpect(status().isForbidden());
		MvcResult created = this.mvc.perform(open.get().with(httpBasic("admin", "demo")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.username").value(username))
			.andExpect(jsonPath("$.email").value("ny@example.org"))
			.andExpect(jsonPath("$.unitId").value(own.unitId().toString()))
			.andExpect(jsonPath("$.nearestManagerId").value(own.staffId().toString()))
			.andExpect(jsonPath("$.functions").value(containsInAnyOrder("CASE_WORKER", "MAS")))
			.andExpect(jsonPath("$.roles").value(containsInAnyOrder("USER")))
			.andExpect(jsonPath("$.active").value(true))
			.andExpect(jsonPath("$.password").doesNotExist())
			.andReturn();
		String id = id(created);
		String location = created.getResponse().getHeader(HttpHeaders.LOCATION);
		assertThat(location).endsWith("/api/v1/admin/staff/" + id);
		this.mvc.perform(get(location)).andExpect(status().isUnauthorized());
		this.mvc.perform(get(location).with(httpBasic("lss.karlstad", "demo"))).andExpect(status().isForbidden());
		this.mvc.perform(get(location).with(httpBasic("admin", "demo")))
			.andExpect(status().isOk())
			.andExpect(header().exists(HttpHeaders.ETAG))
			.andExpect(jsonPath("$.displayName").value("Ny Anställd"));
		this.mvc.perform(get("/api/v1/me").with(httpBasic(username, "ett-langt-losenord")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.functions").value(containsInAnyOrder("CASE_WORKER", "MAS")));
		int version = JsonPath.read(created.getResponse().getContentAsString(), "$.version");

		String change = """
				{"displayName": "Ny Anställd-Berg", "email": null, "unitId": "%s", "nearestManagerId": null,
				 "functions": ["OPERATIONS_DEVELOPER"], "administrator": true}
				""".formatted(own.unitId());
		this.mvc.perform(json(put(location), change)).andExpect(status().isUnauthorized());
		this.mvc.perform(json(put(location), change).with(httpBasic("chef.karlstad", "demo")))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(json(put(location), change).with(httpBasic("admin", "demo"))
				.header(HttpHeaders.IF_MATCH, "\"" + (version + 1) + "\""))
			.andExpect(status().isPreconditionFailed())
			.andExpect(jsonPath("$.code").value("stale-version"));
		this.mvc
			.perform(json(put(location), change).with(httpBasic("admin", "demo"))
				.header(HttpHeaders.IF_MATCH, "\"" + version + "\""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.displayName").value("Ny Anställd-Berg"))
			.andExpect(jsonPath("$.email").isEmpty())
			.andExpect(jsonPath("$.functions").value(containsInAnyOrder("OPERATIONS_DEVELOPER")))
			.andExpect(jsonPath("$.roles").value(containsInAnyOrder("USER", "ADMIN")))
			.andExpect(jsonPath("$.version").value(version + 1));
		this.mvc.perform(get("/api/v1/admin/staff/{id}", UUID.randomUUID()).with(httpBasic("admin", "demo")))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("not-found"));
	}

	@Test
	void a_staff_account_is_refused_with_the_fields_at_fault() throws Exception {
		OwnUnits.OwnUnit own = OwnUnits.create(this.management, this.directory);
		this.mvc.perform(json(post("/api/v1/admin/staff"), """
				{"username": "Inte Giltigt", "displayName": "", "email": "inte-en-adress", "unitId": "%s",
				 "password": "kort"}
				""".formatted(own.unitId())).with(httpBasic("admin", "demo")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("validation-failed"))
			.andExpect(jsonPath("$.errors[*].field")
				.value(containsInAnyOrder("username", "displayName", "email", "password")));
		this.mvc.perform(json(post("/api/v1/admin/staff"), """
				{"username": "%s", "displayName": "Dubblett", "unitId": "%s", "password": "ett-langt-losenord"}
				""".formatted(own.username(), own.unitId())).with(httpBasic("admin", "demo")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("conflict"));
		this.mvc.perform(json(post("/api/v1/admin/staff"), """
				{"username": "%s", "displayName": "Utan enhet", "unitId": "%s", "password": "ett-langt-losenord"}
				""".formatted(unique("utan").replace(' ', '.'), UUID.randomUUID())).with(httpBasic("admin", "demo")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("validation-failed"));
		this.mvc
			.perform(json(post("/api/v1/admin/staff"),
					"""
							{"username": "x", "displayName": "X", "unitId": "%s", "functions": ["CHIEF"], "password": "ett-langt-losenord"}
							"""
						.formatted(own.unitId()))
				.with(httpBasic("admin", "demo")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("validation-failed"));
		this.mvc
			.perform(json(post("/api/v1/admin/staff"),
					"""
							{"username": "%s", "displayName": "X", "unitId": "%s", "functions": [null], "password": "ett-langt-losenord"}
							"""
						.formatted(unique("tom").replace(' ', '.'), own.unitId()))
				.with(httpBasic("admin", "demo")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("validation-failed"));
	}

	@Test
	void a_deactivated_account_cannot_sign_in_until_reactivated() throws Exception {
		OwnUnits.OwnUnit own = OwnUnits.create(this.management, this.directory);
		String deactivation = "/api/v1/admin/staff/" + own.staffId() + "/deactivation";
		String reactivation = "/api/v1/admin/staff/" + own.staffId() + "/reactivation";
		this.mvc.perform(get("/api/v1/me").with(httpBasic(own.username(), OwnUnits.PASSWORD)))
			.andExpect(status().isOk());
		this.mvc.perform(post(deactivation)).andExpect(status().isUnauthorized());
		this.mvc.perform(post(deactivation).with(httpBasic(own.username(), OwnUnits.PASSWORD)))
			.andExpect(status().isForbidden());
		int version = this.directory.staffMember(own.staffId()).orElseThrow().version();
		this.mvc
			.perform(post(deactivation).with(httpBasic("admin", "demo"))
				.header(HttpHeaders.IF_MATCH, "\"" + (version - 1) + "\""))
			.andExpect(status().isPreconditionFailed())
			.andExpect(jsonPath("$.code").value("stale-version"));
		this.mvc.perform(get("/api/v1/me").with(httpBasic(own.username(), OwnUnits.PASSWORD)))
			.andExpect(status().isOk());
		this.mvc
			.perform(post(deactivation).with(httpBasic("admin", "demo"))
				.header(HttpHeaders.IF_MATCH, "\"" + version + "\""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.active").value(false));

		this.mvc.perform(get("/api/v1/me").with(httpBasic(own.username(), OwnUnits.PASSWORD)))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.code").value("unauthorized"));

		this.mvc.perform(post(reactivation)).andExpect(status().isUnauthorized());
		this.mvc.perform(post(reactivation).with(httpBasic("lss.karlstad", "demo"))).andExpect(status().isForbidden());
		this.mvc.perform(post(reactivation).with(httpBasic("admin", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.active").value(true));
		this.mvc.perform(get("/api/v1/me").with(httpBasic(own.username(), OwnUnits.PASSWORD)))
			.andExpect(status().isOk());
		this.mvc
			.perform(post("/api/v1/admin/staff/{id}/deactivation", UUID.randomUUID()).with(httpBasic("admin", "demo")))
			.andExpect(status().isNotFound());
	}

	@Test
	void an_administrator_cannot_deactivate_their_own_account() throws Exception {
		UUID admin = this.directory.account("admin").orElseThrow().staffId();
		this.mvc.perform(post("/api/v1/admin/staff/{id}/deactivation", admin).with(httpBasic("admin", "demo")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("conflict"));
		this.mvc.perform(get("/api/v1/me").with(httpBasic("admin", "demo"))).andExpect(status().isOk());
	}

	@Test
	void an_administrator_sets_a_new_password() throws Exception {
		OwnUnits.OwnUnit own = OwnUnits.create(this.management, this.directory);
		String password = "/api/v1/admin/staff/" + own.staffId() + "/password";
		this.mvc.perform(json(put(password), "{\"password\": \"ett-helt-nytt-losenord\"}"))
			.andExpect(status().isUnauthorized());
		this.mvc
			.perform(json(put(password), "{\"password\": \"ett-helt-nytt-losenord\"}")
				.with(httpBasic("lss.karlstad", "demo")))
			.andExpect(status().isForbidden());
		this.mvc.perform(json(put(password), "{\"password\": \"kort\"}").with(httpBasic("admin", "demo")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("password"));
		this.mvc
			.perform(json(put(password), "{\"password\": \"ett-helt-nytt-losenord\"}").with(httpBasic("admin", "demo")))
			.andExpect(status().isNoContent());
		this.mvc.perform(get("/api/v1/me").with(httpBasic(own.username(), OwnUnits.PASSWORD)))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/v1/me").with(httpBasic(own.username(), "ett-helt-nytt-losenord")))
			.andExpect(status().isOk());
	}

	@Test
	void administrators_list_staff_accounts_with_their_email() throws Exception {
		OwnUnits.OwnUnit own = OwnUnits.create(this.management, this.directory);
		this.mvc.perform(get("/api/v1/admin/staff?unitId={id}", own.unitId())).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/v1/admin/staff?unitId={id}", own.unitId()).with(httpBasic("lss.karlstad", "demo")))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(get("/api/v1/admin/staff?unitId={id}&active=true", own.unitId()).with(httpBasic("admin", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].username").value(own.username()))
			.andExpect(jsonPath("$.items[0].version").isNumber());
	}

	private static String unique(String prefix) {
		return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	private static String id(MvcResult result) throws Exception {
		return JsonPath.read(result.getResponse().getContentAsString(), "$.id");
	}

	private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body);
	}

}

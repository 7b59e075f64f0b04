package se.samverkan.organisation.api;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

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
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import se.samverkan.organisation.Directory;
import se.samverkan.organisation.OrganisationManagement;
import se.samverkan.organisation.SignedInStaff;
import se.samverkan.shared.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The organisation API every signed-in user has: who am I, the directory, the units'
 * descriptions and the updates about the parties' operations (R19).
 */
@SpringBootTest
@AutoConfigureMockMvc
class OrganisationApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Directory directory;

	@Autowired
	OrganisationManagement management;

	@Test
	void me_tells_who_is_signed_in() throws Exception {
		this.mvc.perform(get("/api/v1/me")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/v1/me").with(httpBasic("lss.karlstad", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.staffId").value(account("lss.karlstad").staffId().toString()))
			.andExpect(jsonPath("$.username").value("lss.karlstad"))
			.andExpect(jsonPath("$.displayName").isNotEmpty())
			.andExpect(jsonPath("$.unit.name").value("LSS-verksamheten Karlstad"))
			.andExpect(jsonPath("$.unit.kind").value("LSS"))
			.andExpect(jsonPath("$.principal.name").value("Karlstads kommun"))
			.andExpect(jsonPath("$.principal.kind").value("MUNICIPALITY"))
			.andExpect(jsonPath("$.functions").value(containsInAnyOrder("CASE_WORKER")))
			.andExpect(jsonPath("$.roles").value(containsInAnyOrder("USER")));
		this.mvc.perform(get("/api/v1/me").with(httpBasic("chef.buh", "demo")))
			.andExpect(jsonPath("$.unit.kind").value("BUH"))
			.andExpect(jsonPath("$.principal.kind").value("REGION"))
			.andExpect(jsonPath("$.functions").value(containsInAnyOrder("HEAD_OF_OPERATIONS", "MANAGER")));
		this.mvc.perform(get("/api/v1/me").with(httpBasic("admin", "demo")))
			.andExpect(jsonPath("$.roles").value(containsInAnyOrder("USER", "ADMIN")));
	}

	@Test
	void a_wrong_password_is_401() throws Exception {
		this.mvc.perform(get("/api/v1/me").with(httpBasic("lss.karlstad", "fel")))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.code").value("unauthorized"));
	}

	@Test
	void principals_are_listed_by_kind_a_page_at_a_time() throws Exception {
		this.mvc.perform(get("/api/v1/principals")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/v1/principals").with(httpBasic("vh.personal", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page").value(0))
			.andExpect(jsonPath("$.size").value(50))
			.andExpect(jsonPath("$.items[0].name").value("Region Värmland"))
			.andExpect(jsonPath("$.items[0].kind").value("REGION"))
			.andExpect(jsonPath("$.items[0].version").isNumber());
		this.mvc
			.perform(get("/api/v1/principals?kind=MUNICIPALITY&size=5&page=1").with(httpBasic("vh.personal", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(greaterThanOrEqualTo(16)))
			.andExpect(jsonPath("$.page").value(1))
			.andExpect(jsonPath("$.items.length()").value(5))
			.andExpect(jsonPath("$.items[*].kind").value(everyItem(is("MUNICIPALITY"))));
		this.mvc.perform(get("/api/v1/principals?kind=REGION").with(httpBasic("vh.personal", "demo")))
			.andExpect(jsonPath("$.items[*].kind").value(everyItem(is("REGION"))));
	}

	@Test
	void one_principal_is_read_by_id() throws Exception {
		UUID karlstad = account("lss.karlstad").principal().id();
		this.mvc.perform(get("/api/v1/principals/{id}", karlstad)).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/v1/principals/{id}", karlstad).with(httpBasic("lss.arvika", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Karlstads kommun"));
		this.mvc.perform(get("/api/v1/principals/{id}", UUID.randomUUID()).with(httpBasic("lss.arvika", "demo")))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("not-found"));
	}

	@Test
	void units_are_listed_with_their_principal_and_filtered() throws Exception {
		this.mvc.perform(get("/api/v1/units")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/v1/units?kind=BUH").with(httpBasic("lss.karlstad", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].name").value("Barn- och ungdomshabiliteringen"))
			.andExpect(jsonPath("$.items[0].kind").value("BUH"))
			.andExpect(jsonPath("$.items[0].agreementParty").value(true))
			.andExpect(jsonPath("$.items[0].principalId").isNotEmpty())
			.andExpect(jsonPath("$.items[0].principalName").value("Region Värmland"))
			.andExpect(jsonPath("$.items[0].active").value(true))
			.andExpect(jsonPath("$.items[0].version").isNumber());
		UUID karlstad = account("lss.karlstad").principal().id();
		this.mvc.perform(get("/api/v1/units?principalId={id}", karlstad).with(httpBasic("lss.karlstad", "demo")))
			.andExpect(jsonPath("$.items[*].principalId").value(everyItem(is(karlstad.toString()))))
			.andExpect(jsonPath("$.items[*].name").value(hasItem("LSS-verksamheten Karlstad")));
		this.mvc.perform(get("/api/v1/units?kind=LSS&size=200").with(httpBasic("lss.karlstad", "demo")))
			.andExpect(jsonPath("$.total").value(greaterThanOrEqualTo(16)))
			.andExpect(jsonPath("$.items[*].name").value(hasItem("LSS-verksamheten Hagfors")))
			.andExpect(jsonPath("$.items[*].kind").value(everyItem(is("LSS"))));
	}

	@Test
	void one_unit_is_read_by_id() throws Exception {
		UUID buh = account("buh.personal").unit().id();
		this.mvc.perform(get("/api/v1/units/{id}", buh)).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/v1/units/{id}", buh).with(httpBasic("lss.karlstad", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(buh.toString()))
			.andExpect(jsonPath("$.kind").value("BUH"))
			.andExpect(jsonPath("$.agreementParty").value(true));
		this.mvc.perform(get("/api/v1/units/{id}", UUID.randomUUID()).with(httpBasic("lss.karlstad", "demo")))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("not-found"));
	}

	@Test
	void staff_are_listed_by_unit_with_their_functions() throws Exception {
		UUID karlstad = account("lss.karlstad").unit().id();
		this.mvc.perform(get("/api/v1/staff?unitId={id}", karlstad)).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/v1/staff?unitId={id}", karlstad).with(httpBasic("buh.personal", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].username").value(hasItems("chef.karlstad", "lss.karlstad", "mar.karlstad")))
			.andExpect(jsonPath("$.items[*].unitId").value(everyItem(is(karlstad.toString()))))
			.andExpect(jsonPath("$.items[*].id").value(everyItem(matchesPattern("[0-9a-f-]{36}"))))
			.andExpect(jsonPath("$.items[*].displayName").isNotEmpty())
			.andExpect(jsonPath("$.items[?(@.username == 'mar.karlstad')].functions[*]").value(hasItem("MAR")));
		this.mvc.perform(get("/api/v1/staff?size=2").with(httpBasic("buh.personal", "demo")))
			.andExpect(jsonPath("$.items.length()").value(2))
			.andExpect(jsonPath("$.size").value(2));
	}

	@Test
	void interest_organisations_are_listed() throws Exception {
		this.mvc.perform(get("/api/v1/interest-organisations")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/v1/interest-organisations").with(httpBasic("lss.karlstad", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].name").value(hasItem("FUB Värmland")))
			.andExpect(jsonPath("$.total").isNumber());
	}

	@Test
	void R19_everyone_signed_in_reads_a_units_description() throws Exception {
		UUID buh = account("buh.personal").unit().id();
		this.mvc.perform(get("/api/v1/units/{id}/description", buh)).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/v1/units/{id}/description", buh).with(httpBasic("lss.torsby", "demo")))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.ETAG, matchesPattern("\"\\d+\"")))
			.andExpect(jsonPath("$.unitId").value(buh.toString()))
			.andExpect(jsonPath("$.mission").value(startsWith("Barn- och ungdomshabiliteringen")))
			.andExpect(jsonPath("$.responsibilities").isNotEmpty())
			.andExpect(jsonPath("$.routines").isNotEmpty())
			.andExpect(jsonPath("$.contactInfo").isNotEmpty())
			.andExpect(jsonPath("$.version").isNumber());
		this.mvc.perform(get("/api/v1/units/{id}/description", UUID.randomUUID()).with(httpBasic("lss.torsby", "demo")))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("not-found"));
	}

	@Test
	void R19_the_units_own_staff_edit_its_description() throws Exception {
		OwnUnits.OwnUnit own = OwnUnits.create(this.management, this.directory);
		this.mvc.perform(get("/api/v1/units/{id}/description", own.unitId()).with(ownStaff(own)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(0))
			.andExpect(jsonPath("$.mission").value(""));
		this.mvc.perform(editDescription(own.unitId(), "Vårt uppdrag").with(ownStaff(own)))
			.andExpect(status().isOk())
			.andExpect(header().exists(HttpHeaders.ETAG))
			.andExpect(jsonPath("$.mission").value("Vårt uppdrag"))
			.andExpect(jsonPath("$.contactInfo").value("054-00 00 00"))
			.andExpect(jsonPath("$.updatedById").value(own.staffId().toString()))
			.andExpect(jsonPath("$.updatedAt").isNotEmpty());
		this.mvc.perform(get("/api/v1/units/{id}/description", own.unitId()).with(httpBasic("lss.karlstad", "demo")))
			.andExpect(jsonPath("$.mission").value("Vårt uppdrag"));
		this.mvc.perform(editDescription(own.unitId(), "Utan inloggning")).andExpect(status().isUnauthorized());
	}

	@Test
	void R19_only_the_units_own_staff_edit_its_description() throws Exception {
		OwnUnits.OwnUnit own = OwnUnits.create(this.management, this.directory);
		this.mvc
			.perform(editDescription(own.unitId(), "Skrivet av en annan enhet").with(httpBasic("lss.karlstad", "demo")))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("forbidden"));
		this.mvc.perform(editDescription(own.unitId(), "Skrivet av administratören").with(httpBasic("admin", "demo")))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("forbidden"));
		assertThat(this.management.description(own.unitId()).mission()).isEmpty();
	}

	@Test
	void a_stale_if_match_on_a_description_is_412_and_nothing_is_written() throws Exception {
		OwnUnits.OwnUnit own = OwnUnits.create(this.management, this.directory);
		this.mvc
			.perform(editDescription(own.unitId(), "Första").with(ownStaff(own)).header(HttpHeaders.IF_MATCH, "\"0\""))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.ETAG, "\"1\""))
			.andExpect(jsonPath("$.version").value(1));
		this.mvc
			.perform(editDescription(own.unitId(), "Från den som också läste den tomma").with(ownStaff(own))
				.header(HttpHeaders.IF_MATCH, "\"0\""))
			.andExpect(status().isPreconditionFailed())
			.andExpect(jsonPath("$.code").value("stale-version"));
		this.mvc
			.perform(editDescription(own.unitId(), "Andra").with(ownStaff(own)).header(HttpHeaders.IF_MATCH, "\"1\""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(2));
		this.mvc
			.perform(editDescription(own.unitId(), "Tredje, från en gammal kopia").with(ownStaff(own))
				.header(HttpHeaders.IF_MATCH, "\"1\""))
			.andExpect(status().isPreconditionFailed())
			.andExpect(jsonPath("$.code").value("stale-version"));
		assertThat(this.management.description(own.unitId()).mission()).isEqualTo("Andra");
		assertThat(this.management.description(own.unitId()).version()).isEqualTo(2);
	}

	@Test
	void a_description_too_long_is_a_validation_problem() throws Exception {
		OwnUnits.OwnUnit own = OwnUnits.create(this.management, this.directory);
		this.mvc.perform(editDescription(own.unitId(), "x".repeat(4001)).with(ownStaff(own)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("validation-failed"))
			.andExpect(jsonPath("$.errors[0].field").value("mission"));
	}

	@Test
	void R19_an_update_is_posted_about_ones_operations_and_read_by_all() throws Exception {
		this.mvc.perform(postUpdate("Titel", "Text")).andExpect(status().isUnauthorized());
		MvcResult created = this.mvc
			.perform(postUpdate("Nya öppettider", "Från och med måndag har vi öppet 8–17.")
				.with(httpBasic("lss.hagfors", "demo")))
			.andExpect(status().isCreated())
			.andExpect(header().string(HttpHeaders.LOCATION, matchesPattern(".*/api/v1/updates/[0-9a-f-]{36}")))
			.andExpect(jsonPath("$.title").value("Nya öppettider"))
			.andExpect(jsonPath("$.unitName").value(account("lss.hagfors").unit().name()))
			.andExpect(jsonPath("$.publishedAt").value(matchesPattern(".*T.*[+-]\\d\\d:\\d\\d")))
			.andReturn();
		String location = created.getResponse().getHeader(HttpHeaders.LOCATION);
		this.mvc.perform(get(location)).andExpect(status().isUnauthorized());
		this.mvc.perform(get(location).with(httpBasic("vh.personal", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.body").value("Från och med måndag har vi öppet 8–17."));
		MvcResult list = this.mvc.perform(get("/api/v1/updates").with(httpBasic("vh.personal", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").isNumber())
			.andExpect(jsonPath("$.items[*].title").value(hasItem("Nya öppettider")))
			.andReturn();
		List<String> published = JsonPath.read(list.getResponse().getContentAsString(), "$.items[*].publishedAt");
		assertThat(published).hasSizeGreaterThanOrEqualTo(3);
		assertThat(published.stream().map(OffsetDateTime::parse).toList())
			.isSortedAccordingTo(Comparator.reverseOrder());
		this.mvc.perform(get("/api/v1/updates")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/v1/updates/{id}", UUID.randomUUID()).with(httpBasic("vh.personal", "demo")))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("not-found"));
	}

	@Test
	void an_update_needs_a_title_of_1_to_200_and_a_text_of_1_to_8000_characters() throws Exception {
		long before = this.directory.updates(PageRequest.of(0, 1)).total();
		this.mvc.perform(postUpdate("", "Text").with(httpBasic("lss.kil", "demo")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("validation-failed"))
			.andExpect(jsonPath("$.errors[0].field").value("title"))
			.andExpect(jsonPath("$.errors[0].message").value("Fyll i fältet."));
		this.mvc.perform(postUpdate("x".repeat(201), "Text").with(httpBasic("lss.kil", "demo")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("title"));
		this.mvc.perform(postUpdate("Titel", "x".repeat(8001)).with(httpBasic("lss.kil", "demo")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("body"));
		this.mvc
			.perform(post("/api/v1/updates").with(httpBasic("lss.kil", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("title", "body")));
		assertThat(this.directory.updates(PageRequest.of(0, 1)).total()).isEqualTo(before);
	}

	private SignedInStaff account(String username) {
		return this.directory.account(username).orElseThrow();
	}

	private static RequestPostProcessor ownStaff(OwnUnits.OwnUnit own) {
		return httpBasic(own.username(), OwnUnits.PASSWORD);
	}

	private static MockHttpServletRequestBuilder editDescription(UUID unitId, String mission) {
		return put("/api/v1/units/{id}/description", unitId).contentType(MediaType.APPLICATION_JSON).content("""
				{"mission": "%s", "responsibilities": "Ansvar", "routines": "Rutiner", "contactInfo": "054-00 00 00"}
				""".formatted(mission));
	}

	private static MockHttpServletRequestBuilder postUpdate(String title, String body) {
		return post("/api/v1/updates").contentType(MediaType.APPLICATION_JSON).content("""
				{"title": "%s", "body": "%s"}
				""".formatted(title, body));
	}

}

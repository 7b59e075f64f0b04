package se.samverkan.individuals;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import se.samverkan.organisation.Directory;
import se.samverkan.organisation.UnitKind;
import se.samverkan.shared.PageRequest;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Persons, consents and interventions made through the API for tests, by the demo
 * accounts; each test creates its own.
 */
final class IndividualsFixture {

	final MockMvc mvc;

	final Directory directory;

	final LocalDate today;

	IndividualsFixture(MockMvc mvc, Directory directory, Clock clock) {
		this.mvc = mvc;
		this.directory = directory;
		this.today = LocalDate.now(clock);
	}

	UUID principal(String name) {
		return this.directory.principals(null)
			.stream()
			.filter((principal) -> principal.name().equals(name))
			.findFirst()
			.orElseThrow()
			.id();
	}

	UUID karlstad() {
		return principal("Karlstads kommun");
	}

	UUID region() {
		return principal("Region Värmland");
	}

	UUID buhUnit() {
		return this.directory.units(UnitKind.BUH, null, PageRequest.of(0, 10)).items().get(0).id();
	}

	UUID unitOf(String username) {
		return this.directory.account(username).orElseThrow().unit().id();
	}

	UUID staffId(String username) {
		return this.directory.account(username).orElseThrow().staffId();
	}

	RequestPostProcessor as(String username) {
		return user(this.directory.account(username).orElseThrow());
	}

	/** A person registered by that account, aged as given. */
	String person(String username, int age) throws Exception {
		return id(this.mvc
			.perform(post("/api/v1/persons").with(as(username)).contentType(MediaType.APPLICATION_JSON).content("""
					{"personalIdentityNumber":"%s","firstName":"Rolf","lastName":"Testberg","homeMunicipalityId":"%s"}
					""".formatted(TestPersons.numberBornOn(this.today.minusYears(age).minusDays(20)), karlstad())))
			.andExpect(status().isCreated()));
	}

	/** A person registered by that account, born on that day. */
	String personBornOn(String username, LocalDate birthDate) throws Exception {
		return id(this.mvc
			.perform(post("/api/v1/persons").with(as(username)).contentType(MediaType.APPLICATION_JSON).content("""
					{"personalIdentityNumber":"%s","firstName":"Rolf","lastName":"Testberg","homeMunicipalityId":"%s"}
					""".formatted(TestPersons.numberBornOn(birthDate), karlstad())))
			.andExpect(status().isCreated()));
	}

	String consent(String username, String personId, UUID... principals) throws Exception {
		String ids = String.join(",", Arrays.stream(principals).map((p) -> "\"" + p + "\"").toList());
		return id(this.mvc
			.perform(post("/api/v1/persons/" + personId + "/consents").with(as(username))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"givenOn":"%s","form":"WRITTEN","principalIds":[%s]}
						""".formatted(this.today, ids)))
			.andExpect(status().isCreated()));
	}

	ResultActions intervention(String username, String personId, UUID unitId, String title, UUID responsible,
			LocalDate endedOn) throws Exception {
		return this.mvc.perform(post("/api/v1/persons/" + personId + "/interventions").with(as(username))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"unitId":"%s","title":"%s","responsibleStaffId":%s,"startedOn":"%s","endedOn":%s}
					""".formatted(unitId, title, (responsible != null) ? "\"" + responsible + "\"" : "null",
					this.today.minusMonths(2), (endedOn != null) ? "\"" + endedOn + "\"" : "null")));
	}

	static String id(ResultActions result) throws Exception {
		return JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id");
	}

}

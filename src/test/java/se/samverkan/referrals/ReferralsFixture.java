package se.samverkan.referrals;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import se.samverkan.individuals.TestPersons;
import se.samverkan.organisation.Directory;
import se.samverkan.organisation.PrincipalKind;
import se.samverkan.organisation.UnitKind;
import se.samverkan.shared.PageRequest;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Persons, consents, interventions and referrals made through the API by the demo
 * accounts, for the referrals' tests; each test makes its own.
 */
final class ReferralsFixture {

	final MockMvc mvc;

	final Directory directory;

	final LocalDate today;

	ReferralsFixture(MockMvc mvc, Directory directory, Clock clock) {
		this.mvc = mvc;
		this.directory = directory;
		this.today = LocalDate.now(clock);
	}

	RequestPostProcessor as(String username) {
		return user(this.directory.account(username).orElseThrow());
	}

	UUID principalOf(String username) {
		return this.directory.account(username).orElseThrow().principal().id();
	}

	UUID region() {
		return this.directory.principals(PrincipalKind.REGION).get(0).id();
	}

	UUID unitOf(String username) {
		return this.directory.account(username).orElseThrow().unit().id();
	}

	UUID staffId(String username) {
		return this.directory.account(username).orElseThrow().staffId();
	}

	UUID unit(UnitKind kind) {
		return this.directory.units(kind, null, PageRequest.of(0, 10)).items().get(0).id();
	}

	/** A person registered by that account, of that age, in its municipality. */
	String person(String username, int age) throws Exception {
		return id(this.mvc
			.perform(post("/api/v1/persons").with(as(username))
				.contentType(MediaType.APPLICATION_JSON)
				.content(
						"""
								{"personalIdentityNumber":"%s","firstName":"Sigrid","lastName":"Remissdotter","homeMunicipalityId":"%s"}
								"""
							.formatted(TestPersons.numberBornOn(this.today.minusYears(age).minusDays(20)),
									principalOf(username))))
			.andExpect(status().isCreated()));
	}

	/**
	 * A person of that age with an active consent covering the account's municipality and
	 * the region.
	 */
	String consentedPerson(String username, int age) throws Exception {
		String person = person(username, age);
		consent(username, person, principalOf(username), region());
		return person;
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

	ResultActions intervention(String username, String personId, UUID unitId) throws Exception {
		return this.mvc.perform(post("/api/v1/persons/" + personId + "/interventions").with(as(username))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"unitId":"%s","title":"Habilitering","startedOn":"%s"}
					""".formatted(unitId, this.today.minusMonths(1))));
	}

	ResultActions create(String username, String personId, UUID toUnitId) throws Exception {
		return this.mvc
			.perform(post("/api/v1/referrals").with(as(username)).contentType(MediaType.APPLICATION_JSON).content("""
					{"personId":"%s","toUnitId":%s,"reason":"Behov av samverkan kring kommunikation",
					 "question":"Behövs en bedömning?","urgency":"NORMAL"}
					""".formatted(personId, (toUnitId != null) ? "\"" + toUnitId + "\"" : "null")));
	}

	String draft(String username, String personId) throws Exception {
		return id(create(username, personId, null).andExpect(status().isCreated()));
	}

	ResultActions move(String username, String referralId, String move) throws Exception {
		return move(username, referralId, move, null);
	}

	ResultActions move(String username, String referralId, String move, Integer ifMatch) throws Exception {
		MockHttpServletRequestBuilder request = post("/api/v1/referrals/" + referralId + "/" + move).with(as(username));
		if (ifMatch != null) {
			request.header(HttpHeaders.IF_MATCH, "\"" + ifMatch + "\"");
		}
		return this.mvc.perform(request);
	}

	ResultActions decide(String username, String referralId, String outcome, String comment, Integer ifMatch)
			throws Exception {
		MockHttpServletRequestBuilder request = post("/api/v1/referrals/" + referralId + "/decision").with(as(username))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"outcome":"%s","comment":%s}
					""".formatted(outcome, (comment != null) ? "\"" + comment + "\"" : "null"));
		if (ifMatch != null) {
			request.header(HttpHeaders.IF_MATCH, "\"" + ifMatch + "\"");
		}
		return this.mvc.perform(request);
	}

	/** A referral sent by the account about a consented child of nine, to BUH. */
	String sent(String username) throws Exception {
		String referral = draft(username, consentedPerson(username, 9));
		move(username, referral, "send").andExpect(status().isOk());
		return referral;
	}

	ResultActions read(String username, String referralId) throws Exception {
		return this.mvc.perform(get("/api/v1/referrals/" + referralId).with(as(username)));
	}

	static String id(ResultActions result) throws Exception {
		return JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id");
	}

	static int version(ResultActions result) throws Exception {
		return JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.version");
	}

}

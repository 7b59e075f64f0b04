package se.samverkan.individuals.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.individuals.TestPersons;
import se.samverkan.organisation.Directory;
import se.samverkan.organisation.Directory.PrincipalView;
import se.samverkan.organisation.PrincipalKind;
import se.samverkan.organisation.SignedInStaff;
import se.samverkan.organisation.UnitKind;
import se.samverkan.shared.PageRequest;
import se.samverkan.testing.CountingDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The consent form offers the principals a consent is likely to cover — the recorder's
 * own, the person's home municipality, the person's region, those around the person — and
 * finds any other active principal by a search posted with the form (issue 7): it listed
 * every active principal of the country, 311 at national scale, read and sorted in Java.
 * The test's principals and persons are rolled back with its transaction.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(CountingDataSource.Installed.class)
@Transactional
class ConsentPrincipalChoiceTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Directory directory;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	/** A case worker of Karlstad. */
	private SignedInStaff me;

	private UUID karlstad;

	/** The person's home municipality, not the recorder's. */
	private UUID arvika;

	/** A second region, with no unit involved with the person. */
	private UUID otherRegion;

	/** An inactive region: never offered. */
	private UUID closedRegion;

	/** An active municipality late in the alphabet, with an upper-case Ö searched. */
	private UUID wanted;

	private String person;

	/**
	 * More municipalities than the form lists, early in the alphabet; two more regions,
	 * one of them closed; a person of Arvika registered by Karlstad.
	 */
	@BeforeEach
	void principalsAndPerson() throws Exception {
		this.me = this.directory.account("lss.karlstad").orElseThrow();
		this.karlstad = this.me.principal().id();
		this.arvika = municipality("Arvika kommun");
		for (int i = 0; i < RecordsController.CHOICES + 10; i++) {
			principal("Aaa kommun %03d".formatted(i), PrincipalKind.MUNICIPALITY, true);
		}
		this.otherRegion = principal("Region Testland", PrincipalKind.REGION, true);
		this.closedRegion = principal("Region Nedlagd", PrincipalKind.REGION, false);
		this.wanted = principal("Sökbyns kommun", PrincipalKind.MUNICIPALITY, true);
		this.person = this.mvc
			.perform(post("/persons").with(user(this.me))
				.with(csrf())
				.param("personalIdentityNumber",
						TestPersons.numberBornOn(LocalDate.now(this.clock).minusYears(15).minusDays(41)))
				.param("firstName", "Sara")
				.param("lastName", "Samtyckesson")
				.param("homeMunicipalityId", this.arvika.toString())
				.param("protectedIdentity", "false"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl()
			.substring("/persons/".length());
	}

	@Test
	@DisplayName("L3 issue 7 the consent and contact forms read the person and who may see them once, and log it once")
	void theFormsReadThePersonOnce() throws Exception {
		for (String form : List.of("/consents/new", "/contacts/new")) {
			long logged = personReadsLogged();
			List<String> prepared = CountingDataSource.preparedBy(() -> page("/persons/" + this.person + form));
			assertThat(prepared).as(form)
				.filteredOn((sql) -> sql.startsWith("select * from person where id =")
						|| sql.contains("from person_involvement"))
				.hasSize(2);
			assertThat(personReadsLogged() - logged).as(form).isOne();
		}
	}

	@Test
	@DisplayName("R1 the consent form offers the recorder's principal chosen, the home municipality and the active regions when none is involved, not the rest of the country")
	void theFormOffersTheLikelyPrincipals() throws Exception {
		Document form = page("/persons/" + this.person + "/consents/new");
		List<String> expected = new ArrayList<>(List.of(this.karlstad.toString(), this.arvika.toString()));
		activeRegions().forEach((region) -> expected.add(region.toString()));
		assertThat(boxes(form)).extracting((box) -> box.attr("value")).containsExactlyElementsOf(expected);
		assertThat(checkbox(form, this.karlstad).hasAttr("checked")).isTrue();
		assertThat(checkbox(form, this.arvika).hasAttr("checked")).isFalse();
		assertThat(checkbox(form, this.otherRegion)).isNotNull();
		assertThat(checkbox(form, this.closedRegion)).isNull();
		assertThat(checkbox(form, this.wanted)).isNull();
		assertThat(form.select("#principalIds-field label")).noneMatch((label) -> label.text().startsWith("Aaa"));
		assertThat(form.select("#principalIds-matches").text())
			.isEqualTo("Visar " + expected.size() + " huvudmän: din egen, personens hemkommun och region, "
					+ "sedan huvudmännen kring personen, högst 50. Sök på namn för att hitta andra.");

		// A group with a legend, described by the hint; the search has a form of its own,
		// after the consent's, so that Enter in the consent's fields saves it.
		assertThat(form.select("fieldset#principalIds-field > legend").text())
			.isEqualTo("Huvudmän som samtycket omfattar (minst två)");
		assertThat(form.select("fieldset#principalIds-field").attr("aria-describedby"))
			.isEqualTo("principalIds-matches");
		assertThat(form.select("label[for=principalQuery]").text()).isEqualTo("Sök på namn");
		assertThat(form.select("#principalQuery").attr("form")).isEqualTo("principalIds-search");
		assertThat(form.select("#principalQuery-submit").attr("hx-post"))
			.isEqualTo("/persons/" + this.person + "/consents");
		assertThat(form.select("form#principalIds-search").attr("action"))
			.isEqualTo("/persons/" + this.person + "/consents/new");
		assertThat(form.select("form#principalIds-search").parents().is("form")).isFalse();
	}

	@Test
	@DisplayName("R1 L8 with a region's unit involved the form offers that region, and the principals of the person's earlier consents")
	void theFormOffersThePersonsRegionAndEarlierConsents() throws Exception {
		UUID varmland = this.directory.principals(PrincipalKind.REGION)
			.stream()
			.filter((region) -> region.name().equals("Region Värmland"))
			.findFirst()
			.orElseThrow()
			.id();
		UUID filipstad = municipality("Filipstads kommun");
		consent(this.karlstad, varmland, filipstad).andExpect(redirectedUrl("/persons/" + this.person));
		UUID buhUnit = this.directory.units(UnitKind.BUH, varmland, PageRequest.of(0, 1)).items().get(0).id();
		this.mvc
			.perform(post("/persons/" + this.person + "/interventions").with(user(this.me))
				.with(csrf())
				.param("unitId", buhUnit.toString())
				.param("title", "Habiliteringsinsats")
				.param("startedOn", LocalDate.now(this.clock).toString()))
			.andExpect(redirectedUrl("/persons/" + this.person));

		Document form = page("/persons/" + this.person + "/consents/new");
		assertThat(boxes(form)).extracting((box) -> box.attr("value"))
			.containsExactly(this.karlstad.toString(), this.arvika.toString(), varmland.toString(),
					filipstad.toString());
		assertThat(checkbox(form, this.otherRegion)).isNull();
	}

	@Test
	@DisplayName("R1 a principal beyond the likely ones is found by a search, without htmx (GET) and with it (the form posted)")
	void aSearchFindsAnyActivePrincipal() throws Exception {
		Document asked = page("/persons/" + this.person + "/consents/new?principalQuery=sökby");
		assertThat(boxes(asked)).extracting((box) -> box.attr("value"))
			.containsExactly(this.karlstad.toString(), this.wanted.toString());
		assertThat(asked.select("#principalIds-matches").text())
			.isEqualTo("Sökningen på ”sökby” gav en träff (högst 50 visas).");

		Document found = page(search("  SÖKBY ").param("principalIds", this.karlstad.toString()));
		assertThat(boxes(found)).extracting((box) -> box.attr("value"))
			.containsExactly(this.karlstad.toString(), this.wanted.toString());
		assertThat(checkbox(found, this.karlstad).hasAttr("checked")).isTrue();
		assertThat(checkbox(found, this.wanted).hasAttr("checked")).isFalse();
		assertThat(found.select("#principalIds-matches").text())
			.isEqualTo("Sökningen på ”SÖKBY” gav en träff (högst 50 visas).");
		assertThat(found.select("#principalQuery").attr("value")).isEqualTo("  SÖKBY ");

		Document many = page(search("kommun"));
		assertThat(boxes(many)).hasSize(RecordsController.CHOICES);
		assertThat(boxes(many).get(0).attr("value")).isEqualTo(this.karlstad.toString());
		assertThat(boxes(many).get(1).attr("value")).isEqualTo(this.arvika.toString());
		assertThat(checkbox(page(search("nedlagd")), this.closedRegion)).isNull();
	}

	@Test
	@DisplayName("R1 a search takes % literally, keeps what is chosen and typed, even what it does not match, and records no consent")
	void aSearchKeepsTheFormAndSavesNothing() throws Exception {
		Document found = page(search("%").param("principalIds", this.karlstad.toString(), this.wanted.toString())
			.param("form", "WRITTEN")
			.param("givenBy", "PERSON")
			.param("note", "Skrivet före sökningen"));
		assertThat(boxes(found)).extracting((box) -> box.attr("value"))
			.containsExactly(this.karlstad.toString(), this.wanted.toString());
		assertThat(boxes(found)).allMatch((box) -> box.hasAttr("checked"));
		assertThat(found.select("#principalIds-matches").text())
			.isEqualTo("Sökningen på ”%” gav inga träffar (högst 50 visas).");
		assertThat(found.select("textarea#note").text()).isEqualTo("Skrivet före sökningen");
		assertThat(found.select("input[name=form][value=WRITTEN]").hasAttr("checked")).isTrue();
		assertThat(found.select(".field-error")).isEmpty();
		assertThat(consents()).isZero();
	}

	@Test
	@DisplayName("R1 a consent covering a principal found by search is recorded; refused, the form keeps that principal chosen")
	void aConsentWithASearchedForPrincipalIsRecorded() throws Exception {
		Document refused = page(post("/persons/" + this.person + "/consents").with(user(this.me))
			.with(csrf())
			.param("givenOn", LocalDate.now(this.clock).toString())
			.param("form", "WRITTEN")
			.param("givenBy", "GUARDIAN")
			.param("principalIds", this.wanted.toString()));
		assertThat(checkbox(refused, this.wanted).hasAttr("checked")).isTrue();
		assertThat(checkbox(refused, this.karlstad).hasAttr("checked")).isFalse();
		assertThat(refused.select("#principalIds-error").text())
			.isEqualTo("Välj minst två huvudmän som samtycket omfattar");
		assertThat(refused.select("fieldset#principalIds-field").attr("aria-describedby"))
			.isEqualTo("principalIds-matches principalIds-error");
		assertThat(consents()).isZero();

		consent(this.karlstad, this.wanted).andExpect(redirectedUrl("/persons/" + this.person));
		assertThat(this.jdbc.sql("""
				select cp.principal_id from consent_principal cp join consent c on c.id = cp.consent_id
				where c.person_id = :person
				""").param("person", UUID.fromString(this.person)).query(UUID.class).list())
			.containsExactlyInAnyOrder(this.karlstad, this.wanted);
	}

	@Test
	@DisplayName("issue 7 the consent form reads as many rows and statements with 300 more principals as without")
	void theFormReadsTheRowsItShows() throws Exception {
		MockHttpServletRequestBuilder form = get("/persons/" + this.person + "/consents/new").with(user(this.me));
		long rows = CountingDataSource.pageRead(this.mvc, form).rows();
		long statements = CountingDataSource.statementsOf(this.mvc, form);
		for (int i = 0; i < 300; i++) {
			principal("Ny kommun %03d".formatted(i), PrincipalKind.MUNICIPALITY, true);
		}
		assertThat(CountingDataSource.pageRead(this.mvc, form).rows()).isEqualTo(rows);
		assertThat(CountingDataSource.statementsOf(this.mvc, form)).isEqualTo(statements);
	}

	private ResultActions consent(UUID... principals) throws Exception {
		return this.mvc.perform(post("/persons/" + this.person + "/consents").with(user(this.me))
			.with(csrf())
			.param("givenOn", LocalDate.now(this.clock).toString())
			.param("form", "WRITTEN")
			.param("givenBy", "GUARDIAN")
			.param("principalIds", List.of(principals).stream().map(UUID::toString).toArray(String[]::new)));
	}

	private long consents() {
		return this.jdbc.sql("select count(*) from consent where person_id = :person")
			.param("person", UUID.fromString(this.person))
			.query(Long.class)
			.single();
	}

	/** The active regions in the directory's order: by name. */
	private List<UUID> activeRegions() {
		return this.directory.principals(PrincipalKind.REGION)
			.stream()
			.filter(PrincipalView::active)
			.map(PrincipalView::id)
			.toList();
	}

	/**
	 * The form posted with its search button, as htmx does: shown again, nothing saved.
	 */
	private MockHttpServletRequestBuilder search(String query) {
		return post("/persons/" + this.person + "/consents").with(user(this.me))
			.with(csrf())
			.param("search", "principalIds")
			.param("principalQuery", query);
	}

	private Document page(String path) throws Exception {
		return page(get(path).with(user(this.me)));
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup
			.parse(this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	private static List<Element> boxes(Document page) {
		return page.select("#principalIds-field input[type=checkbox]");
	}

	private static Element checkbox(Document page, UUID principalId) {
		return page.selectFirst("#principalIds-field input[type=checkbox][value=" + principalId + "]");
	}

	private UUID municipality(String name) {
		return this.directory.principals(PrincipalKind.MUNICIPALITY)
			.stream()
			.filter((principal) -> principal.name().equals(name))
			.findFirst()
			.orElseThrow()
			.id();
	}

	private UUID principal(String name, PrincipalKind kind, boolean active) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into principal (id, name, kind, active, version)
				values (:id, :name, :kind, :active, 1)
				""").param("id", id).param("name", name).param("kind", kind.name()).param("active", active).update();
		return id;
	}

	private long personReadsLogged() {
		return this.jdbc.sql("select count(*) from access_log where person_id = :person and action = 'PERSON_READ'")
			.param("person", UUID.fromString(this.person))
			.query(Long.class)
			.single();
	}

}

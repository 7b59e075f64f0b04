package se.samverkan.individuals.web;

import java.time.Clock;
import java.time.LocalDate;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.individuals.TestPersons;
import se.samverkan.organisation.Directory;
import se.samverkan.organisation.PrincipalKind;
import se.samverkan.organisation.SignedInStaff;
import se.samverkan.testing.CountingDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The contact and intervention forms choose staff among some units' — a contact's
 * participants, an intervention's responsible — by listing the likeliest 50 and finding
 * the rest by a search posted with the form (issue 7): they listed every active staff
 * member of every habilitation unit of the country. The test's staff and persons are
 * rolled back with its transaction.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(CountingDataSource.Installed.class)
@Transactional
class StaffChoiceTests {

	static final String RECORDER = "lss.karlstad";

	@Autowired
	MockMvc mvc;

	@Autowired
	Directory directory;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	private SignedInStaff me;

	private UUID buhUnit;

	private UUID wanted;

	private String person;

	/**
	 * More colleagues than the form lists, one habilitation employee late in the
	 * alphabet.
	 */
	@BeforeEach
	void staffAndPerson() throws Exception {
		this.me = this.directory.account(RECORDER).orElseThrow();
		this.buhUnit = this.directory.account("buh.personal").orElseThrow().unit().id();
		for (int i = 0; i < RecordsController.CHOICES + 10; i++) {
			staff(this.me.unit().id(), "val.a" + i, "Aaa Testperson %03d".formatted(i));
		}
		this.wanted = staff(this.buhUnit, "val.wanted", "Birgitta Sökbarsson");
		this.person = this.mvc
			.perform(post("/persons").with(user(this.me))
				.with(csrf())
				.param("personalIdentityNumber",
						TestPersons.numberBornOn(LocalDate.now(this.clock).minusYears(15).minusDays(40)))
				.param("firstName", "Vala")
				.param("lastName", "Valsson")
				.param("homeMunicipalityId", this.me.principal().id().toString())
				.param("protectedIdentity", "false"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl()
			.substring("/persons/".length());
	}

	@Test
	@DisplayName("R2 a contact's participants: the recorder chosen, then their own unit's staff, at most 50; habilitation staff found by search")
	void contactFormListsTheLikeliestAndSearches() throws Exception {
		Document form = page("/persons/" + this.person + "/contacts/new");
		List<Element> boxes = form.select("#participantStaffIds-field input[type=checkbox]");
		assertThat(boxes).hasSize(RecordsController.CHOICES + 1);
		assertThat(boxes.get(0).attr("value")).isEqualTo(this.me.staffId().toString());
		assertThat(boxes.get(0).hasAttr("checked")).isTrue();
		assertThat(boxes.get(1).parent().text()).startsWith("Aaa Testperson 000");
		assertThat(checkbox(form, this.wanted)).isNull();
		assertThat(form.select("#participantStaffIds-matches").text()).startsWith("Visar 50 personer: din enhet först");

		// The search has a form of its own, so that Enter in the contact's fields saves
		// it.
		assertThat(form.select("#participantQuery").attr("form")).isEqualTo("participantStaffIds-search");
		assertThat(form.select("form#participantStaffIds-search").attr("action"))
			.isEqualTo("/persons/" + this.person + "/contacts/new");
		assertThat(form.select("form#participantStaffIds-search").parents().is("form")).isFalse();
		assertThat(checkbox(page("/persons/" + this.person + "/contacts/new?participantQuery=sökbar"), this.wanted))
			.isNotNull();

		Document found = page(search("contacts", "participantQuery", "  SÖKBAR ").param("participantStaffIds",
				this.me.staffId().toString()));
		assertThat(found.select("#participantStaffIds-field input[type=checkbox]")).hasSize(2);
		assertThat(checkbox(found, this.me.staffId()).hasAttr("checked")).isTrue();
		assertThat(checkbox(found, this.wanted).hasAttr("checked")).isFalse();
		assertThat(found.select("#participantStaffIds-matches").text())
			.isEqualTo("Sökningen på ”SÖKBAR” gav en träff (högst 50 visas).");
		assertThat(found.select("#participantQuery").attr("value")).isEqualTo("  SÖKBAR ");
	}

	@Test
	@DisplayName("R2 a search keeps what is chosen and typed, even those it does not match, and records no contact")
	void contactSearchKeepsTheFormAndSavesNothing() throws Exception {
		Document found = page(search("contacts", "participantQuery", "%")
			.param("participantStaffIds", this.me.staffId().toString(), this.wanted.toString())
			.param("channel", "PHONE")
			.param("summary", "Skrivet före sökningen"));
		assertThat(found.select("#participantStaffIds-field input[type=checkbox]")).hasSize(2);
		assertThat(checkbox(found, this.wanted).hasAttr("checked")).isTrue();
		assertThat(found.select("#participantStaffIds-matches").text())
			.isEqualTo("Sökningen på ”%” gav inga träffar (högst 50 visas).");
		assertThat(found.select("textarea#summary").text()).isEqualTo("Skrivet före sökningen");
		assertThat(found.select("input[name=channel][value=PHONE]").hasAttr("checked")).isTrue();
		assertThat(found.select(".field-error")).isEmpty();
		assertThat(this.jdbc.sql("select count(*) from contact where person_id = :person")
			.param("person", UUID.fromString(this.person))
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	@DisplayName("R1 the intervention form offers the units the person's data may reach: the region's only under a consent covering it")
	void interventionFormOffersTheUnitsSharedWith() throws Exception {
		String path = "/persons/" + this.person + "/interventions/new";
		Document before = page(path);
		List<Element> units = before.select("#unitId option[value]:not([value=''])");
		assertThat(units.get(0).attr("value")).isEqualTo(this.me.unit().id().toString());
		assertThat(units.get(0).hasAttr("selected")).isTrue();
		assertThat(units).extracting((option) -> option.attr("value")).doesNotContain(this.buhUnit.toString());
		assertThat(before.select("#responsibleStaffId option[value=" + this.wanted + "]")).isEmpty();
		assertThat(before.select("#responsibleQuery").attr("form")).isEqualTo("responsibleStaffId-search");

		consentWithTheRegion();
		assertThat(page(path).select("#unitId option")).extracting((option) -> option.attr("value"))
			.contains(this.buhUnit.toString());
	}

	@Test
	@DisplayName("R1 an intervention's responsible is chosen among the chosen unit's staff, found by search, and the choice is saved")
	void interventionResponsibleIsSearchedInTheChosenUnit() throws Exception {
		consentWithTheRegion();
		Document buhStaff = page(
				search("interventions", "responsibleQuery", "").param("unitId", this.buhUnit.toString()));
		assertThat(buhStaff.select("#responsibleStaffId option[value]:not([value=''])")).isNotEmpty()
			.allSatisfy((option) -> assertThat(option.text()).doesNotContain("Aaa Testperson"));

		Document found = page(
				search("interventions", "responsibleQuery", "birgitta").param("unitId", this.buhUnit.toString())
					.param("title", "Skrivet före sökningen"));
		assertThat(found.select("#responsibleStaffId option[value]:not([value=''])"))
			.extracting((option) -> option.attr("value"))
			.containsExactly(this.wanted.toString());
		assertThat(found.select("#title").attr("value")).isEqualTo("Skrivet före sökningen");

		UUID elsewhere = this.directory.account("chef.arjang").orElseThrow().unit().id();
		assertThat(page(search("interventions", "responsibleQuery", "").param("unitId", elsewhere.toString()))
			.select("#responsibleStaffId option[value]:not([value=''])")).isEmpty();

		this.mvc
			.perform(post("/persons/" + this.person + "/interventions").with(user(this.me))
				.with(csrf())
				.param("unitId", this.buhUnit.toString())
				.param("title", "Habiliteringsinsats")
				.param("responsibleStaffId", this.wanted.toString())
				.param("startedOn", LocalDate.now(this.clock).toString()))
			.andExpect(redirectedUrl("/persons/" + this.person));
		assertThat(this.jdbc.sql("select responsible_staff_id from intervention where person_id = :person")
			.param("person", UUID.fromString(this.person))
			.query(UUID.class)
			.single()).isEqualTo(this.wanted);
	}

	@Test
	@DisplayName("issue 7 the contact form reads no more rows however many staff the habilitation units have")
	void contactFormReadsTheRowsItShows() throws Exception {
		MockHttpServletRequestBuilder form = get("/persons/" + this.person + "/contacts/new").with(user(this.me));
		long before = CountingDataSource.pageRead(this.mvc, form).rows();
		for (int i = 0; i < 300; i++) {
			staff(this.buhUnit, "val.buh" + i, "Buh Testperson %03d".formatted(i));
		}
		assertThat(CountingDataSource.pageRead(this.mvc, form).rows()).isEqualTo(before);
	}

	private void consentWithTheRegion() throws Exception {
		UUID region = this.directory.principals(PrincipalKind.REGION).get(0).id();
		this.mvc
			.perform(post("/persons/" + this.person + "/consents").with(user(this.me))
				.with(csrf())
				.param("givenOn", LocalDate.now(this.clock).toString())
				.param("form", "WRITTEN")
				.param("givenBy", "PERSON")
				.param("principalIds", this.me.principal().id().toString(), region.toString()))
			.andExpect(redirectedUrl("/persons/" + this.person));
	}

	/**
	 * The form posted with its search button, as htmx does: shown again, nothing saved.
	 */
	private MockHttpServletRequestBuilder search(String form, String queryName, String query) {
		return post("/persons/" + this.person + "/" + form).with(user(this.me))
			.with(csrf())
			.param("search", "")
			.param(queryName, query);
	}

	private Document page(String path) throws Exception {
		return page(get(path).with(user(this.me)));
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup
			.parse(this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	private static Element checkbox(Document page, UUID staffId) {
		return page.selectFirst("#participantStaffIds-field input[type=checkbox][value=" + staffId + "]");
	}

	private UUID staff(UUID unit, String username, String name) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into staff (id, username, display_name, unit_id, active, version)
				values (:id, :username, :name, :unit, true, 1)
				""").param("id", id).param("username", username).param("name", name).param("unit", unit).update();
		return id;
	}

}

package se.samverkan.organisation;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.organisation.Directory.Choice;
import se.samverkan.organisation.Directory.StaffView;
import se.samverkan.organisation.Directory.UnitScope;
import se.samverkan.organisation.Directory.UnitView;
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
 * The forms that choose a unit among the country's — an observation's host, a steering
 * group member's unit, a staff account's unit and the staff list's filter, an activity's
 * parties, a resource agreement's parties — list the first 200 by name and find any other
 * by a search of the unit's or principal's name (issue 7): with more than 200 units a
 * unit late in the alphabet could not be chosen, and every page read all of them. A unit
 * chosen in the form stays offered, and chosen, whatever the search. The activity form
 * and the account form find the managers the same way. The test's units and staff are
 * rolled back with its transaction; {@link CountingDataSource} counts the rows a form
 * reads. A form with one unit to choose has its search inside: with htmx it posts the
 * form, which comes back as chosen and typed, unsaved; without htmx it asks for the page
 * again.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(CountingDataSource.Installed.class)
@Transactional
class UnitSearchTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Directory directory;

	@Autowired
	JdbcClient jdbc;

	/** The municipality of the test's units. */
	private UUID principal;

	/** An active agreement party late in the alphabet, with an upper-case Ö. */
	private UUID wanted;

	private UUID inactive;

	private UUID notParty;

	/** A manager late in the alphabet, in the wanted unit. */
	private UUID manager;

	/** Staff without a manager's function, in the wanted unit. */
	private UUID caseWorker;

	/**
	 * 201 active agreement parties first in the alphabet, and three late in it that a
	 * search for "sökbar" finds: the wanted one, an inactive one and one that is no
	 * party; 201 managers first in the alphabet and one late in it.
	 */
	@BeforeEach
	void manyUnits() {
		this.principal = principal("Aaa Sökkommun");
		for (int i = 0; i <= PageRequest.MAX_SIZE; i++) {
			unit(this.principal, "Aaa Testenhet %03d".formatted(i), true, true);
		}
		this.wanted = unit(this.principal, "Östra Sökbarenheten", true, true);
		this.inactive = unit(this.principal, "Östra Sökbar nedlagd", true, false);
		this.notParty = unit(this.principal, "Östra Sökbar utanför", false, true);
		UUID first = this.directory.account("lss.kil").orElseThrow().unit().id();
		for (int i = 0; i <= PageRequest.MAX_SIZE; i++) {
			staff(first, "unit.chef" + i, "Aaa Chef %03d".formatted(i), StaffFunction.MANAGER);
		}
		this.manager = staff(this.wanted, "unit.wanted", "Östen Chefsson", StaffFunction.MANAGER);
		this.caseWorker = staff(this.wanted, "unit.worker", "Östen Handläggarsson", StaffFunction.CASE_WORKER);
	}

	@Test
	@DisplayName("issue 7 the directory finds units by part of their or their principal's name, beyond the first 200, with % and _ taken literally")
	void directoryFindsUnitsBySearch() {
		assertThat(this.directory.activeUnits(null, PageRequest.MAX_SIZE)).hasSize(PageRequest.MAX_SIZE)
			.extracting(UnitView::id)
			.doesNotContain(this.wanted);
		assertThat(this.directory.activeUnits("  ÖSTRA SÖKBAR ", PageRequest.MAX_SIZE)).extracting(UnitView::id)
			.containsExactly(this.notParty, this.wanted);
		assertThat(this.directory.activeAgreementParties("sökbar", PageRequest.MAX_SIZE)).extracting(UnitView::id)
			.containsExactly(this.wanted);
		assertThat(this.directory.units(UnitScope.ALL, "sökbar", PageRequest.MAX_SIZE)).extracting(UnitView::id)
			.containsExactly(this.inactive, this.notParty, this.wanted);
		assertThat(this.directory.activeUnits("sökkommun", 5)).hasSize(5)
			.extracting(UnitView::principalName)
			.containsOnly("Aaa Sökkommun");
		assertThat(this.directory.activeUnits("%", PageRequest.MAX_SIZE)).isEmpty();
		assertThat(this.directory.activeUnits("testenhet_0", PageRequest.MAX_SIZE)).isEmpty();
		assertThat(this.directory.activeUnits("Testenhet 0", PageRequest.MAX_SIZE)).hasSize(100);
	}

	@Test
	@DisplayName("issue 7 a choice keeps the units chosen that its search does not find, first, and the staff the same way")
	void aChoiceKeepsWhatIsChosen() {
		Choice<UnitView> units = this.directory.unitChoice("testenhet",
				this.directory.activeUnits("testenhet", PageRequest.MAX_SIZE),
				Arrays.asList(this.inactive, null, this.wanted));
		assertThat(units.chosen()).extracting(UnitView::id).containsExactly(this.inactive, this.wanted);
		assertThat(units.options()).hasSize(PageRequest.MAX_SIZE + 2);
		assertThat(this.directory
			.unitChoice("sökbar", this.directory.activeUnits("sökbar", PageRequest.MAX_SIZE), Set.of(this.wanted))
			.chosen()).as("a chosen unit among the matches is listed once").isEmpty();

		List<StaffView> managers = this.directory.activeStaff("östen", Set.of(StaffFunction.MANAGER),
				PageRequest.MAX_SIZE);
		assertThat(managers).extracting(StaffView::id).containsExactly(this.manager);
		assertThat(this.directory.staffChoice("östen", managers, Set.of(this.caseWorker)).options())
			.extracting(StaffView::id)
			.containsExactly(this.caseWorker, this.manager);
	}

	@Test
	@DisplayName("R21 issue 7 the observation form finds a host unit by search, and keeps the one chosen after an error")
	void observationFormSearches() throws Exception {
		assertThat(page("/observations/new", "lss.kil").select(option("hostUnitId", this.wanted))).isEmpty();
		Document found = page("/observations/new?unitQuery=sökbar", "lss.kil");
		assertThat(found.select("#hostUnitId option[value]").eachAttr("value")).containsExactly("",
				this.wanted.toString());
		assertThat(found.select(option("hostUnitId", this.wanted)).text())
			.isEqualTo("Östra Sökbarenheten (Aaa Sökkommun)");
		assertThat(found.select("#hostUnitId-matches").text())
			.isEqualTo("Sökningen på ”sökbar” gav en träff (högst 200 visas).");
		assertThat(found.select("#hostUnitId-query").attr("value")).isEqualTo("sökbar");
		assertThat(page(get("/observations/new").param("unitQuery", "100%"), "lss.kil").select("#hostUnitId-matches")
			.text()).isEqualTo("Sökningen på ”100%” gav inga träffar (högst 200 visas).");

		Document refused = page(post("/observations").param("hostUnitId", this.wanted.toString())
			.param("purpose", " ")
			.param("wishedFrom", "2030-01-01")
			.param("wishedTo", "2030-02-01"), "lss.kil");
		assertThat(refused.select("#purpose-error")).isNotEmpty();
		assertThat(refused.select(option("hostUnitId", this.wanted) + "[selected]")).hasSize(1);
	}

	@Test
	@DisplayName("R8 issue 7 the steering group's form finds the unit a member represents by search, and keeps the unit and person chosen after an error")
	void steeringGroupFormSearches() throws Exception {
		assertThat(page("/steering-group", "buh.samordnare").select(option("representsUnitId", this.wanted))).isEmpty();
		assertThat(page("/steering-group?unitQuery=Sökbar", "buh.samordnare")
			.select(option("representsUnitId", this.wanted))).hasSize(1);
		Document refused = page(post("/steering-group/members").param("representsUnitId", this.wanted.toString()),
				"buh.samordnare");
		assertThat(refused.select("#staffId-error")).isNotEmpty();
		assertThat(refused.select(option("representsUnitId", this.wanted) + "[selected]")).hasSize(1);
		Document noUnit = page(post("/steering-group/members").param("staffId", this.manager.toString()),
				"buh.samordnare");
		assertThat(noUnit.select("#representsUnitId-error")).isNotEmpty();
		assertThat(noUnit.select(option("staffId", this.manager) + "[selected]")).as("the person chosen, too")
			.hasSize(1);
	}

	@Test
	@DisplayName("issue 7 each form's unit search is in the form, with a form of its own outside it: Enter in the form's other fields saves, Enter in the search searches")
	void theUnitSearchesHaveFormsOfTheirOwn() throws Exception {
		assertUnitSearchInForm(page("/observations/new", "lss.kil"), "hostUnitId", "/observations/new", "/observations",
				"Skicka till närmaste chef");
		assertUnitSearchInForm(page("/steering-group", "buh.samordnare"), "representsUnitId", "/steering-group",
				"/steering-group/members", "Lägg till ledamot");
		assertUnitSearchInForm(page("/admin/staff/new", "admin"), "unitId", "/admin/staff/new", "/admin/staff/new",
				"Skapa konto");
		String edit = "/admin/staff/" + this.caseWorker + "/edit";
		assertUnitSearchInForm(page(edit, "admin"), "unitId", edit, edit, "Spara");
	}

	@Test
	@DisplayName("R21 issue 7 a unit search on the observation form keeps the host chosen and what is typed, and requests nothing")
	void observationUnitSearchKeepsTheForm() throws Exception {
		Document found = page(unitSearch("/observations").param("hostUnitId", this.wanted.toString())
			.param("purpose", "Se hur de sökta arbetar")
			.param("wishedFrom", "2030-01-01")
			.param("wishedTo", "2030-02-01"), "lss.kil");
		assertChosenAndFound(found, "hostUnitId");
		assertThat(found.select("textarea#purpose").text()).isEqualTo("Se hur de sökta arbetar");
		assertThat(found.select("#wishedFrom").attr("value")).isEqualTo("2030-01-01");
		assertThat(found.select("#wishedTo").attr("value")).isEqualTo("2030-02-01");
		assertThat(rowsOfWanted("select count(*) from observation where host_unit_id = :id")).as("nothing requested")
			.isZero();
	}

	@Test
	@DisplayName("R8 issue 7 a unit search on the steering group's form keeps the unit and person chosen, the person's search and the date, and adds no member")
	void steeringGroupUnitSearchKeepsTheForm() throws Exception {
		Document found = page(unitSearch("/steering-group/members").param("staffId", this.manager.toString())
			.param("staffQuery", "Östen")
			.param("representsUnitId", this.wanted.toString())
			.param("nominatedOn", "2026-02-03"), "buh.samordnare");
		assertChosenAndFound(found, "representsUnitId");
		assertThat(found.select(option("staffId", this.manager) + "[selected]")).hasSize(1);
		assertThat(found.select("#staffQuery").attr("value")).isEqualTo("Östen");
		assertThat(found.select("#nominatedOn").attr("value")).isEqualTo("2026-02-03");
		assertThat(rowsOfWanted("select count(*) from steering_group_member where represents_unit_id = :id"))
			.as("nothing saved")
			.isZero();
	}

	@Test
	@DisplayName("issue 7 a unit search on the account form keeps the unit and manager chosen and what is typed but the password, and opens or changes no account")
	void accountUnitSearchKeepsTheForm() throws Exception {
		Document opening = page(unitSearch("/admin/staff/new").param("username", "unit.ny")
			.param("displayName", "Nils Nysson")
			.param("email", "nils@example.org")
			.param("unitId", this.wanted.toString())
			.param("nearestManagerId", this.manager.toString())
			.param("functions", "CASE_WORKER")
			.param("password", "ett-langt-losenord-1"), "admin");
		assertChosenAndFound(opening, "unitId");
		assertThat(opening.select(option("nearestManagerId", this.manager) + "[selected]")).hasSize(1);
		assertThat(opening.select("#username").attr("value")).isEqualTo("unit.ny");
		assertThat(opening.select("#displayName").attr("value")).isEqualTo("Nils Nysson");
		assertThat(opening.select("#email").attr("value")).isEqualTo("nils@example.org");
		assertThat(opening.select("input[name=functions][value=CASE_WORKER][checked]")).hasSize(1);
		assertThat(opening.select("#password").attr("value")).as("a password is not sent back").isEmpty();
		assertThat(opening.html()).doesNotContain("ett-langt-losenord-1");
		assertThat(this.directory.account("unit.ny")).as("no account opened").isEmpty();

		Document editing = page(
				unitSearch("/admin/staff/" + this.caseWorker + "/edit").param("displayName", "Östen Ändrad")
					.param("unitId", this.wanted.toString())
					.param("nearestManagerId", this.manager.toString())
					.param("functions", "CASE_WORKER")
					.param("version", "1"),
				"admin");
		assertChosenAndFound(editing, "unitId");
		assertThat(editing.select("#displayName").attr("value")).isEqualTo("Östen Ändrad");
		assertThat(editing.select(option("nearestManagerId", this.manager) + "[selected]")).hasSize(1);
		assertThat(this.directory.staffMember(this.caseWorker).orElseThrow().displayName()).as("nothing saved")
			.isEqualTo("Östen Handläggarsson");
	}

	@Test
	@DisplayName("a form's unit search is refused to those the form is refused to")
	void unitSearchesAreRefusedToThoseTheFormsAreRefusedTo() throws Exception {
		refused(unitSearch("/steering-group/members").param("representsUnitId", this.wanted.toString()),
				"lss.karlstad");
		refused(unitSearch("/admin/staff/new").param("unitId", this.wanted.toString()), "buh.samordnare");
		refused(unitSearch("/admin/staff/" + this.caseWorker + "/edit").param("unitId", this.wanted.toString()),
				"buh.samordnare");
		// Whoever is signed in may ask to observe; one who is not is sent to sign in.
		this.mvc.perform(unitSearch("/observations").param("hostUnitId", this.wanted.toString()).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
	}

	@Test
	@DisplayName("issue 7 the staff list's filter finds any unit, active or not, and keeps the one filtered by")
	void staffListFilterSearches() throws Exception {
		assertThat(page("/admin/staff", "admin").select(option("unitId", this.wanted))).isEmpty();
		Document found = page("/admin/staff?unitQuery=sökbar", "admin");
		assertThat(found.select("#unitId option[value]").eachText()).containsExactly("Alla enheter",
				"Östra Sökbar nedlagd (Aaa Sökkommun) – inaktiv", "Östra Sökbar utanför (Aaa Sökkommun)",
				"Östra Sökbarenheten (Aaa Sökkommun)");
		Document filtered = page("/admin/staff?unitId=" + this.inactive, "admin");
		assertThat(filtered.select(option("unitId", this.inactive) + "[selected]")).hasSize(1);
	}

	@Test
	@DisplayName("issue 7 the account form finds a unit and a manager by search, and keeps those the account has")
	void accountFormSearches() throws Exception {
		Document empty = page("/admin/staff/new", "admin");
		assertThat(empty.select(option("unitId", this.wanted))).isEmpty();
		assertThat(empty.select(option("nearestManagerId", this.manager))).isEmpty();
		Document found = page("/admin/staff/new?unitQuery=sökbar&staffQuery=östen", "admin");
		assertThat(found.select("#unitId option[value]").eachAttr("value")).containsExactly("",
				this.notParty.toString(), this.wanted.toString());
		assertThat(found.select("#nearestManagerId option[value]").eachAttr("value")).as("managers only")
			.containsExactly("", this.manager.toString());

		this.jdbc.sql("update staff set nearest_manager_id = :manager where id = :id")
			.param("manager", this.manager)
			.param("id", this.caseWorker)
			.update();
		Document edit = page("/admin/staff/" + this.caseWorker + "/edit", "admin");
		assertThat(edit.select(option("unitId", this.wanted) + "[selected]")).hasSize(1);
		assertThat(edit.select(option("nearestManagerId", this.manager) + "[selected]")).hasSize(1);
		assertThat(page("/admin/staff/" + this.manager + "/edit?staffQuery=östen", "admin")
			.select(option("nearestManagerId", this.manager))).as("no one is their own manager").isEmpty();
	}

	@Test
	@DisplayName("R22 issue 7 the activity form's searches post the form, which comes back as typed with the units and managers found, unsaved")
	void activityFormSearches() throws Exception {
		String plan = this.mvc
			.perform(post("/activity-plans").param("year", "2069").with(as("mar.karlstad")).with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		Document form = page(plan + "/activities/new", "mar.karlstad");
		assertThat(form.select(option("unit1", this.wanted))).isEmpty();
		assertThat(form.select(option("responsibleStaffId", this.manager))).isEmpty();
		// The searches have forms of their own, so that Enter in the activity's fields
		// saves it.
		assertThat(form.select("#parties-search-button[name=search][form=parties-search]").attr("hx-post"))
			.isEqualTo(plan + "/activities");
		assertThat(form.select("form#parties-search").attr("action")).isEqualTo(plan + "/activities/new");
		assertThat(form.select("#staffQuery").attr("form")).isEqualTo("responsibleStaffId-search");
		assertThat(page(plan + "/activities/new?unitQuery=sökbar", "mar.karlstad").select(option("unit1", this.wanted)))
			.hasSize(1);

		UUID buh = this.directory.account("chef.buh").orElseThrow().unit().id();
		Document found = page(post(plan + "/activities").param("search", "unit")
			.param("title", "Sökt aktivitet")
			.param("unitQuery", "sökbar")
			.param("staffQuery", "östen")
			.param("unit2", buh.toString())
			.param("resources2", "Tio timmar"), "mar.karlstad");
		assertThat(found.select("#title").attr("value")).isEqualTo("Sökt aktivitet");
		assertThat(found.select("#resources2").attr("value")).isEqualTo("Tio timmar");
		for (String party : new String[] { "unit1", "unit2", "unit3" }) {
			assertThat(found.select(option(party, this.wanted))).as(party).hasSize(1);
		}
		assertThat(found.select(option("unit2", buh) + "[selected]")).as("the party chosen, not found").hasSize(1);
		assertThat(found.select(option("responsibleStaffId", this.manager))).hasSize(1);
		assertThat(found.select("#parties-matches").text())
			.isEqualTo("Sökningen på ”sökbar” gav en träff (högst 200 visas).");
		assertThat(this.jdbc.sql("select count(*) from activity where title = 'Sökt aktivitet'")
			.query(Long.class)
			.single()).as("nothing saved").isZero();
	}

	@Test
	@DisplayName("R15 issue 7 the resource agreement form's search adds the parties it finds to those checked, and sends nothing")
	void resourceAgreementFormSearches() throws Exception {
		assertThat(page("/resource-agreements", "mar.arvika").select(party(this.wanted))).isEmpty();
		assertThat(page("/resource-agreements?unitQuery=sökbar", "mar.arvika").select(party(this.wanted))).hasSize(1);
		UUID vh = this.directory.account("chef.vh").orElseThrow().unit().id();
		Document found = page(post("/resource-agreements").param("search", "unit")
			.param("title", "Sökt överenskommelse")
			.param("description", "Två dagar")
			.param("unitIds", vh.toString())
			.param("unitQuery", "sökbar"), "mar.arvika");
		assertThat(found.select("#title").attr("value")).isEqualTo("Sökt överenskommelse");
		assertThat(found.select("#description").text()).isEqualTo("Två dagar");
		assertThat(found.select("#parties input[name=unitIds]").eachAttr("value")).containsExactly(vh.toString(),
				this.wanted.toString());
		assertThat(found.select(party(vh) + "[checked]")).hasSize(1);
		assertThat(found.select(party(this.wanted) + "[checked]")).isEmpty();
		assertThat(found.select("label[for=unit-" + this.wanted + "]").text())
			.isEqualTo("Östra Sökbarenheten (Aaa Sökkommun)");
		assertThat(this.jdbc.sql("select count(*) from resource_agreement where title = 'Sökt överenskommelse'")
			.query(Long.class)
			.single()).as("nothing sent").isZero();
	}

	@Test
	@DisplayName("issue 7 the forms read as many rows with 201 more units and managers: no longer every unit of the country")
	void theFormsReadABoundedNumberOfRows() throws Exception {
		String plan = this.mvc
			.perform(post("/activity-plans").param("year", "2069").with(as("mar.karlstad")).with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		Map<String, String> pages = new LinkedHashMap<>();
		pages.put("/observations/new", "lss.kil");
		pages.put("/steering-group", "buh.samordnare");
		pages.put("/admin/staff", "admin");
		pages.put("/admin/staff/new", "admin");
		pages.put(plan + "/activities/new", "mar.karlstad");
		pages.put("/resource-agreements", "mar.arvika");
		Map<String, Long> before = rowsRead(pages);

		// The units are the test's principal's: the steering group's page lists the
		// municipalities, so a new one would be a row more.
		UUID first = this.directory.account("lss.kil").orElseThrow().unit().id();
		for (int i = 0; i <= PageRequest.MAX_SIZE; i++) {
			unit(this.principal, "Aaa Testenhet2 %03d".formatted(i), true, true);
			staff(first, "unit.chef2." + i, "Aaa Chef2 %03d".formatted(i), StaffFunction.MANAGER);
		}
		assertThat(rowsRead(pages)).isEqualTo(before);
	}

	/** The unit search of field, with its label, in the form posted to formAction. */
	private static void assertUnitSearchInForm(Document page, String field, String pagePath, String formAction,
			String save) {
		SearchesInForms.assertSearchInForm(page, field, field + "-query", field + "-search-button", pagePath,
				formAction, save);
		assertThat(page.select("#" + field + "-query").attr("name")).isEqualTo("unitQuery");
		assertThat(page.select("label[for=" + field + "-query]").text()).isEqualTo("Sök enhet eller huvudman");
	}

	/**
	 * The wanted unit chosen, though the search does not find it, and the one it finds;
	 * no error, as nothing was saved.
	 */
	private void assertChosenAndFound(Document found, String field) {
		assertThat(found.select(option(field, this.wanted) + "[selected]")).hasSize(1);
		assertThat(found.select("#" + field + " option[value]:not([value=''])").eachText())
			.containsExactly("Östra Sökbarenheten (Aaa Sökkommun)", "Aaa Testenhet 001 (Aaa Sökkommun)");
		assertThat(found.select("#" + field + "-matches").text())
			.isEqualTo("Sökningen på ”Testenhet 001” gav en träff (högst 200 visas).");
		assertThat(found.select("#" + field + "-query").attr("value")).isEqualTo("Testenhet 001");
		assertThat(found.select("[role=alert], .field-error")).isEmpty();
	}

	/** The rows a statement counts for the unit wanted (:id). */
	private long rowsOfWanted(String count) {
		return this.jdbc.sql(count).param("id", this.wanted).query(Long.class).single();
	}

	/** The page's form posted with its unit search button, as htmx does. */
	private static MockHttpServletRequestBuilder unitSearch(String formAction) {
		return post(formAction).header("HX-Request", "true")
			.param("search", "unit")
			.param("unitQuery", "Testenhet 001");
	}

	private void refused(MockHttpServletRequestBuilder request, String username) throws Exception {
		this.mvc.perform(request.with(as(username)).with(csrf())).andExpect(status().isForbidden());
	}

	private Map<String, Long> rowsRead(Map<String, String> pages) throws Exception {
		Map<String, Long> rows = new LinkedHashMap<>();
		for (var page : pages.entrySet()) {
			rows.put(page.getKey(),
					CountingDataSource.pageRead(this.mvc, get(page.getKey()).with(as(page.getValue()))).rows());
		}
		return rows;
	}

	private static String option(String select, UUID value) {
		return "#" + select + " option[value=" + value + "]";
	}

	private static String party(UUID unit) {
		return "#parties input[name=unitIds][value=" + unit + "]";
	}

	private Document page(String path, String username) throws Exception {
		return page(get(path), username);
	}

	private Document page(MockHttpServletRequestBuilder request, String username) throws Exception {
		return Jsoup.parse(this.mvc.perform(request.with(as(username)).with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private RequestPostProcessor as(String username) {
		return user(this.directory.account(username).orElseThrow());
	}

	private UUID principal(String name) {
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("insert into principal (id, name, kind, active, version) values (:id, :name, 'MUNICIPALITY', true, 1)")
			.param("id", id)
			.param("name", name)
			.update();
		return id;
	}

	private UUID unit(UUID principal, String name, boolean party, boolean active) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into unit (id, principal_id, name, kind, agreement_party, active, version)
				values (:id, :principal, :name, 'LSS', :party, :active, 1)
				""")
			.param("id", id)
			.param("principal", principal)
			.param("name", name)
			.param("party", party)
			.param("active", active)
			.update();
		return id;
	}

	private UUID staff(UUID unit, String username, String name, StaffFunction function) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into staff (id, username, display_name, unit_id, active, version)
				values (:id, :username, :name, :unit, true, 1)
				""").param("id", id).param("username", username).param("name", name).param("unit", unit).update();
		this.jdbc.sql("insert into staff_function (staff_id, function) values (:id, :function)")
			.param("id", id)
			.param("function", function.name())
			.update();
		return id;
	}

}

package se.samverkan.organisation;

import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.organisation.Directory.StaffView;
import se.samverkan.shared.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The forms that choose a person among the country's staff — a steering-group member, an
 * action's responsible, a working group's member, an account's nearest manager — list the
 * first 200 by name and find anyone else by a search (issue 7): with more than 200 active
 * staff a person late in the alphabet could not be chosen, and one found by search was
 * lost when the form came back refused. The search sits in the form: with htmx it posts
 * the form, which comes back as chosen and typed, unsaved; without htmx it asks for the
 * page again. The test's staff are rolled back with its transaction.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class StaffSearchTests {

	static final String CONVENER = "buh.samordnare";

	static final String ADMIN = "admin";

	@Autowired
	MockMvc mvc;

	@Autowired
	Directory directory;

	@Autowired
	JdbcClient jdbc;

	private UUID wanted;

	/** 201 active staff first in the alphabet, one late in it, one inactive. */
	@BeforeEach
	void manyStaff() {
		UUID unit = this.directory.account("lss.kil").orElseThrow().unit().id();
		for (int i = 0; i <= PageRequest.MAX_SIZE; i++) {
			staff(unit, "sok.a" + i, "Aaa Testperson %03d".formatted(i), true);
		}
		this.wanted = staff(unit, "sok.wanted", "Birgitta Sökbarsson", true);
		staff(unit, "sok.inactive", "Bengt Sökbarsson", false);
	}

	@Test
	@DisplayName("the directory finds active staff by part of the name or user name, beyond the first 200, with % and _ taken literally")
	void directoryFindsActiveStaffBySearch() {
		assertThat(this.directory.activeStaff(null, PageRequest.MAX_SIZE)).hasSize(PageRequest.MAX_SIZE)
			.extracting(StaffView::id)
			.doesNotContain(this.wanted);
		assertThat(this.directory.activeStaff("  SÖKBAR ", PageRequest.MAX_SIZE)).extracting(StaffView::id)
			.containsExactly(this.wanted);
		assertThat(this.directory.activeStaff("sok.wanted", PageRequest.MAX_SIZE)).extracting(StaffView::id)
			.containsExactly(this.wanted);
		assertThat(this.directory.activeStaff("%", PageRequest.MAX_SIZE)).isEmpty();
		assertThat(this.directory.activeStaff("sok_a1", PageRequest.MAX_SIZE)).isEmpty();
		assertThat(this.directory.activeStaff("testperson 00", 5)).hasSize(5);
	}

	@Test
	@DisplayName("R15 the steering group's form finds a member by search who is not among the first 200")
	void steeringGroupFormSearches() throws Exception {
		assertThat(page("/steering-group").select("#staffId option[value=" + this.wanted + "]")).isEmpty();
		Document found = page("/steering-group?staffQuery=sökbar");
		assertThat(found.select("#staffId option[value=" + this.wanted + "]")).hasSize(1);
		assertThat(found.select("#staffId-matches").text())
			.isEqualTo("Sökningen på ”sökbar” gav en träff (högst 200 visas).");
		assertThat(found.select("#staffQuery").attr("value")).isEqualTo("sökbar");
	}

	@Test
	@DisplayName("R16 the minutes' action form finds someone responsible by search who is not among the first 200")
	void minutesActionFormSearches() throws Exception {
		String meeting = meeting();
		String path = "/meetings/" + meeting + "/minutes";
		assertThat(page(path).select("#responsibleStaffId option[value=" + this.wanted + "]")).isEmpty();
		assertThat(page(path + "?staffQuery=Birgitta").select("#responsibleStaffId option[value=" + this.wanted + "]"))
			.hasSize(1);
	}

	@Test
	@DisplayName("R16 issue 7 the minutes' action form keeps the responsible chosen after an error, though the first 200 leave them out")
	void minutesActionFormKeepsTheChosen() throws Exception {
		String meeting = meeting();
		Document refused = page(post("/meetings/" + meeting + "/action-items").param("title", " ")
			.param("responsibleStaffId", this.wanted.toString())
			.param("dueOn", "2030-01-01"));
		assertThat(refused.select("#title-error")).isNotEmpty();
		assertThat(refused.select("#responsibleStaffId option[value=" + this.wanted + "][selected]")).hasSize(1);
		assertThat(refused.select("#responsibleStaffId-matches").text()).as("the first 200, the chosen besides")
			.startsWith("Visar 200 personer");
	}

	@Test
	@DisplayName("R18 a working group's recruiting form finds a member by search who is not among the first 200")
	void workingGroupFormSearches() throws Exception {
		String group = workingGroup();
		String path = "/working-groups/" + group;
		assertThat(page(path).select("#staffId option[value=" + this.wanted + "]")).isEmpty();
		assertThat(page(path + "?staffQuery=sökbarsson").select("#staffId option[value=" + this.wanted + "]"))
			.hasSize(1);
	}

	@Test
	@DisplayName("R18 issue 7 a working group's recruiting form keeps the person chosen and the mandate typed when it is refused")
	void workingGroupFormKeepsTheChosen() throws Exception {
		String group = workingGroup();
		Document refused = page(post("/working-groups/" + group + "/members").param("staffId", this.wanted.toString())
			.param("mandate", " "));
		assertThat(refused.select("[role=alert]").text()).isEqualTo("Skriv medlemmens mandat");
		assertThat(refused.select("#staffId option[value=" + this.wanted + "][selected]")).hasSize(1);
		Document tooLong = page(post("/working-groups/" + group + "/members").param("staffId", this.wanted.toString())
			.param("mandate", "x".repeat(5000)));
		assertThat(tooLong.select("[role=alert]")).isNotEmpty();
		assertThat(tooLong.select("#staffId option[value=" + this.wanted + "][selected]")).hasSize(1);
		assertThat(tooLong.select("textarea#mandate").text()).isEqualTo("x".repeat(5000));
		assertThat(rowsOfWanted("select count(*) from working_group_member where staff_id = :id")).isZero();
	}

	@Test
	@DisplayName("issue 7 each form's search is in the form, with a form of its own outside it: Enter in the form's other fields saves, Enter in the search searches")
	void theSearchesHaveFormsOfTheirOwn() throws Exception {
		String meeting = "/meetings/" + meeting();
		String group = "/working-groups/" + workingGroup();
		assertSearchInForm(page(meeting + "/minutes"), "responsibleStaffId", meeting + "/minutes",
				meeting + "/action-items", "Lägg till åtgärd");
		assertSearchInForm(page(group), "staffId", group, group + "/members", "Rekrytera med mandatet");
		assertSearchInForm(page("/steering-group"), "staffId", "/steering-group", "/steering-group/members",
				"Lägg till ledamot");
		assertSearchInForm(page(get("/admin/staff/new"), ADMIN), "nearestManagerId", "/admin/staff/new",
				"/admin/staff/new", "Skapa konto");
		String edit = "/admin/staff/" + this.wanted + "/edit";
		assertSearchInForm(page(get(edit), ADMIN), "nearestManagerId", edit, edit, "Spara");
	}

	@Test
	@DisplayName("R16 issue 7 a search on the minutes' action form keeps the responsible chosen and the action typed, and adds no action")
	void minutesActionSearchKeepsTheForm() throws Exception {
		String meeting = meeting();
		Document found = page(search("/meetings/" + meeting + "/action-items", "responsibleStaffId", "Testperson 001")
			.param("title", "Skicka underlaget")
			.param("responsibleStaffId", this.wanted.toString())
			.param("dueOn", "2030-01-01"));
		assertChosenAndFound(found, "responsibleStaffId");
		assertThat(found.select("#title").attr("value")).isEqualTo("Skicka underlaget");
		assertThat(found.select("#dueOn").attr("value")).isEqualTo("2030-01-01");
		assertThat(rowsOfWanted("select count(*) from meeting_action_item where responsible_staff_id = :id"))
			.as("nothing saved")
			.isZero();
	}

	@Test
	@DisplayName("R18 issue 7 a search on a working group's recruiting form keeps the person chosen and the mandate typed, and recruits no one")
	void workingGroupSearchKeepsTheForm() throws Exception {
		Document found = page(search("/working-groups/" + workingGroup() + "/members", "staffId", "Testperson 001")
			.param("staffId", this.wanted.toString())
			.param("mandate", "Fyra timmar i månaden"));
		assertChosenAndFound(found, "staffId");
		assertThat(found.select("textarea#mandate").text()).isEqualTo("Fyra timmar i månaden");
		assertThat(rowsOfWanted("select count(*) from working_group_member where staff_id = :id")).as("nothing saved")
			.isZero();
	}

	@Test
	@DisplayName("R8 issue 7 a search on the steering group's form keeps the person and unit chosen and the date typed, and adds no member")
	void steeringGroupSearchKeepsTheForm() throws Exception {
		holds(this.wanted, StaffFunction.MAR);
		UUID kil = this.directory.account("lss.kil").orElseThrow().unit().id();
		Document found = page(
				search("/steering-group/members", "staffId", "Testperson 001").param("staffId", this.wanted.toString())
					.param("representsUnitId", kil.toString())
					.param("nominatedOn", "2026-02-03"));
		assertChosenAndFound(found, "staffId");
		assertThat(found.select("#representsUnitId option[value=" + kil + "][selected]")).hasSize(1);
		assertThat(found.select("#nominatedOn").attr("value")).isEqualTo("2026-02-03");
		assertThat(rowsOfWanted("select count(*) from steering_group_member where staff_id = :id")).as("nothing saved")
			.isZero();
	}

	@Test
	@DisplayName("issue 7 a search on the account form keeps the manager chosen and what is typed, and changes or opens no account")
	void accountSearchKeepsTheForm() throws Exception {
		UUID manager = staff(this.directory.account("lss.kil").orElseThrow().unit().id(), "sok.chef", "Cecilia Sökchef",
				true);
		holds(manager, StaffFunction.MANAGER);
		UUID unit = this.directory.account("chef.buh").orElseThrow().unit().id();
		Document found = page(search("/admin/staff/" + this.wanted + "/edit", "nearestManagerId", "Testperson")
			.param("displayName", "Birgitta Ändrad")
			.param("email", "birgitta@example.org")
			.param("unitId", unit.toString())
			.param("nearestManagerId", manager.toString())
			.param("functions", "CASE_WORKER")
			.param("version", "1"), ADMIN);
		assertThat(found.select("#nearestManagerId option[value=" + manager + "][selected]")).hasSize(1);
		assertThat(found.select("#nearestManagerId-matches").text())
			.isEqualTo("Sökningen på ”Testperson” gav inga träffar (högst 200 visas).");
		assertThat(found.select("#displayName").attr("value")).isEqualTo("Birgitta Ändrad");
		assertThat(found.select("#unitId option[value=" + unit + "][selected]")).hasSize(1);
		assertThat(found.select("input[name=functions][value=CASE_WORKER][checked]")).hasSize(1);
		assertThat(found.select("[role=alert], .field-error")).isEmpty();
		assertThat(this.directory.staffMember(this.wanted).orElseThrow().displayName()).as("nothing saved")
			.isEqualTo("Birgitta Sökbarsson");

		Document opening = page(search("/admin/staff/new", "nearestManagerId", "sökchef").param("username", "sok.ny")
			.param("displayName", "Nils Nysson")
			.param("unitId", unit.toString())
			.param("password", "ett-langt-losenord-1"), ADMIN);
		assertThat(opening.select("#nearestManagerId option[value=" + manager + "]")).hasSize(1);
		assertThat(opening.select("#username").attr("value")).isEqualTo("sok.ny");
		assertThat(opening.select("#password").attr("value")).as("a password is not sent back").isEmpty();
		assertThat(this.directory.account("sok.ny")).as("no account opened").isEmpty();
	}

	@Test
	@DisplayName("a form's search is refused to those the form is refused to")
	void searchesAreRefusedToThoseTheFormsAreRefusedTo() throws Exception {
		String caseWorker = "lss.karlstad";
		refused(search("/meetings/" + meeting() + "/action-items", "responsibleStaffId", "sök"), caseWorker);
		refused(search("/working-groups/" + workingGroup() + "/members", "staffId", "sök"), caseWorker);
		refused(search("/steering-group/members", "staffId", "sök"), caseWorker);
		refused(search("/admin/staff/new", "nearestManagerId", "sök"), CONVENER);
		refused(search("/admin/staff/" + this.wanted + "/edit", "nearestManagerId", "sök"), CONVENER);
	}

	/**
	 * The staff search of field, with its one input and label, in the form posted to
	 * formAction.
	 */
	private static void assertSearchInForm(Document page, String field, String pagePath, String formAction,
			String save) {
		SearchesInForms.assertSearchInForm(page, field, "staffQuery", "staffQuery-submit", pagePath, formAction, save);
		assertThat(page.select("[id=staffQuery], label[for=staffQuery]")).as("one input, labelled").hasSize(2);
	}

	/**
	 * The person chosen (wanted), though the search does not find them, and the one it
	 * finds; no error, as nothing was saved.
	 */
	private void assertChosenAndFound(Document found, String field) {
		assertThat(found.select("#" + field + " option[value=" + this.wanted + "][selected]")).hasSize(1);
		assertThat(found.select("#" + field + " option[value]:not([value=''])")).hasSize(2);
		assertThat(found.select("#" + field + "-matches").text())
			.isEqualTo("Sökningen på ”Testperson 001” gav en träff (högst 200 visas).");
		assertThat(found.select("#staffQuery").attr("value")).isEqualTo("Testperson 001");
		assertThat(found.select("[role=alert], .field-error")).isEmpty();
	}

	/** The page's form posted with its search button, as htmx does. */
	private static MockHttpServletRequestBuilder search(String formAction, String field, String query) {
		return post(formAction).header("HX-Request", "true").param("search", field).param("staffQuery", query);
	}

	private void refused(MockHttpServletRequestBuilder request, String username) throws Exception {
		this.mvc.perform(request.with(user(this.directory.account(username).orElseThrow())).with(csrf()))
			.andExpect(status().isForbidden());
	}

	/** A meeting whose minutes are still written, so that an action could be added. */
	private String meeting() {
		return this.jdbc.sql("""
				select id from meeting where status <> 'CANCELLED' and minutes_status in ('NONE', 'DRAFT')
				order by starts_at limit 1
				""").query(String.class).single();
	}

	private String workingGroup() {
		return this.jdbc.sql("select id from working_group order by formed_at limit 1").query(String.class).single();
	}

	/** The rows a statement counts for the person wanted (:id). */
	private long rowsOfWanted(String count) {
		return this.jdbc.sql(count).param("id", this.wanted).query(Long.class).single();
	}

	private void holds(UUID staff, StaffFunction function) {
		this.jdbc.sql("insert into staff_function (staff_id, function) values (:id, :function)")
			.param("id", staff)
			.param("function", function.name())
			.update();
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		return page(request, CONVENER);
	}

	private Document page(MockHttpServletRequestBuilder request, String username) throws Exception {
		return Jsoup
			.parse(this.mvc.perform(request.with(user(this.directory.account(username).orElseThrow())).with(csrf()))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());
	}

	private Document page(String path) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(path).with(user(this.directory.account(CONVENER).orElseThrow())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private UUID staff(UUID unit, String username, String name, boolean active) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into staff (id, username, display_name, unit_id, active, version)
				values (:id, :username, :name, :unit, :active, 1)
				""")
			.param("id", id)
			.param("username", username)
			.param("name", name)
			.param("unit", unit)
			.param("active", active)
			.update();
		return id;
	}

}

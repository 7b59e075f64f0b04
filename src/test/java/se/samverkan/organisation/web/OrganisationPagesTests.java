package se.samverkan.organisation.web;

import java.util.EnumSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import se.samverkan.organisation.Directory;
import se.samverkan.organisation.OrganisationManagement;
import se.samverkan.organisation.PrincipalKind;
import se.samverkan.organisation.SignedInStaff;
import se.samverkan.organisation.StaffFunction;
import se.samverkan.organisation.StaffProfile;
import se.samverkan.organisation.Unit;
import se.samverkan.organisation.UnitDescription;
import se.samverkan.organisation.UnitKind;
import se.samverkan.shared.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The organisation's pages in a browser's terms: who sees what, which forms accept what,
 * and what the user is told when something is refused.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OrganisationPagesTests {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	Directory directory;

	@Autowired
	OrganisationManagement management;

	private SignedInStaff staff(String username) {
		return this.directory.account(username).orElseThrow();
	}

	private UUID unitOf(String username) {
		return staff(username).unit().id();
	}

	/** A unit of our own with one staff member, so that no demo data changes. */
	private SignedInStaff newUnitWithStaff() {
		int n = SEQUENCE.incrementAndGet();
		UUID region = this.directory.principals(PrincipalKind.REGION).get(0).id();
		Unit unit = this.management.establishUnit(region, "Testenhet sidor " + n + " " + UUID.randomUUID(),
				UnitKind.OTHER, false);
		String username = "sidor.test" + n + "." + UUID.randomUUID().toString().substring(0, 8);
		this.management.openStaffAccount(username, new StaffProfile("Testperson " + n, null, unit.id(), null,
				EnumSet.of(StaffFunction.CASE_WORKER), false), "ett-langt-losenord");
		return staff(username);
	}

	private String[] pagesFor(UUID unitId) {
		UUID principalId = this.directory.unit(unitId).orElseThrow().principalId();
		return new String[] { "/directory", "/directory/principals/" + principalId, "/directory/units/" + unitId,
				"/directory/units/" + unitId + "/description", "/updates" };
	}

	@Test
	void every_page_renders_for_a_signed_in_user_in_swedish() throws Exception {
		SignedInStaff me = staff("lss.karlstad");
		for (String page : pagesFor(me.unit().id())) {
			this.mvc.perform(get(page).with(user(me)))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("??"))));
		}
		this.mvc.perform(get("/directory").with(user(me)))
			.andExpect(content().string(containsString("<h1>Parter</h1>")))
			.andExpect(content().string(containsString("Intresseorganisationer")))
			.andExpect(content().string(containsString("FUB Värmland")));
	}

	@Test
	void every_admin_page_renders_for_an_administrator() throws Exception {
		SignedInStaff admin = staff("admin");
		UUID staffId = staff("lss.karlstad").staffId();
		UUID unitId = unitOf("lss.karlstad");
		UUID principalId = staff("lss.karlstad").principal().id();
		for (String page : new String[] { "/admin", "/admin/staff", "/admin/staff?unitId=" + unitId, "/admin/staff/new",
				"/admin/staff/" + staffId + "/edit", "/admin/units", "/admin/units/new",
				"/admin/units/" + unitId + "/edit", "/admin/principals", "/admin/principals/new",
				"/admin/principals/" + principalId + "/edit" }) {
			this.mvc.perform(get(page).with(user(admin)))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("??"))));
		}
		this.mvc.perform(get("/admin").with(user(admin)))
			.andExpect(content().string(containsString("href=\"/admin/staff\"")))
			.andExpect(content().string(containsString("href=\"/admin/units\"")))
			.andExpect(content().string(containsString("href=\"/admin/principals\"")))
			.andExpect(content().string(containsString("href=\"/admin/audit\"")));
	}

	@Test
	void every_page_redirects_to_login_when_signed_out() throws Exception {
		UUID unitId = unitOf("lss.karlstad");
		for (String page : pagesFor(unitId)) {
			this.mvc.perform(get(page)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
		}
		for (String page : new String[] { "/admin", "/admin/staff", "/admin/staff/new", "/admin/units",
				"/admin/principals" }) {
			this.mvc.perform(get(page)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
		}
	}

	@Test
	void admin_pages_are_forbidden_to_staff_who_are_not_administrators() throws Exception {
		SignedInStaff me = staff("lss.karlstad");
		for (String page : new String[] { "/admin", "/admin/staff", "/admin/staff/new", "/admin/units",
				"/admin/principals", "/admin/principals/new" }) {
			this.mvc.perform(get(page).with(user(me))).andExpect(status().isForbidden());
		}
		this.mvc
			.perform(post("/admin/principals/new").param("name", "Otillåten huvudman")
				.param("kind", "MUNICIPALITY")
				.with(user(me))
				.with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(this.directory.principals(null)).noneMatch((p) -> p.name().equals("Otillåten huvudman"));
	}

	@Test
	void R19_directory_lists_region_varmland_first_then_the_municipalities_with_their_units() throws Exception {
		String page = this.mvc.perform(get("/directory").with(user(staff("vh.personal"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		int region = page.indexOf("Region Värmland");
		assertThat(region).isPositive();
		assertThat(page.indexOf("Arvika kommun")).isGreaterThan(region);
		assertThat(page.indexOf("Årjängs kommun")).isGreaterThan(page.indexOf("Arvika kommun"));
		assertThat(page).contains("Barn- och ungdomshabiliteringen")
			.contains("/directory/units/" + unitOf("lss.karlstad"))
			.contains("Part i överenskommelsen");
	}

	@Test
	void R19_unit_page_shows_description_and_staff_and_offers_editing_only_to_the_units_own_staff() throws Exception {
		UUID buh = unitOf("buh.personal");
		this.mvc.perform(get("/directory/units/" + buh).with(user(staff("buh.personal"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1>Barn- och ungdomshabiliteringen</h1>")))
			.andExpect(content().string(containsString("Uppdrag")))
			.andExpect(content().string(containsString("Kontaktvägar")))
			.andExpect(content().string(containsString("Sammankallande")))
			.andExpect(content().string(containsString("Redigera beskrivning")));
		this.mvc.perform(get("/directory/units/" + buh).with(user(staff("lss.karlstad"))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Redigera beskrivning"))));
	}

	@Test
	void R19_only_the_units_own_staff_edit_its_description() throws Exception {
		SignedInStaff owner = newUnitWithStaff();
		UUID unitId = owner.unit().id();
		SignedInStaff other = staff("lss.karlstad");
		this.mvc.perform(get("/directory/units/" + unitId + "/description").with(user(other)))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("Bara enhetens egen personal")));
		this.mvc
			.perform(post("/directory/units/" + unitId + "/description").param("mission", "Kapat uppdrag")
				.param("version", "0")
				.with(user(other))
				.with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(this.management.description(unitId).mission()).isEmpty();

		this.mvc
			.perform(post("/directory/units/" + unitId + "/description").param("mission", "Vårt uppdrag")
				.param("responsibilities", "Vårt ansvar")
				.param("routines", "Våra rutiner")
				.param("contactInfo", "Ring oss")
				.param("version", "0")
				.with(user(owner))
				.with(csrf()))
			.andExpect(redirectedUrl("/directory/units/" + unitId))
			.andExpect(flash().attribute("flash", "organisation.description.saved"));
		UnitDescription saved = this.management.description(unitId);
		assertThat(saved.mission()).isEqualTo("Vårt uppdrag");
		assertThat(saved.contactInfo()).isEqualTo("Ring oss");
	}

	@Test
	void description_form_has_the_four_labelled_fields_in_swedish_and_in_english() throws Exception {
		SignedInStaff owner = staff("lss.karlstad");
		String url = "/directory/units/" + owner.unit().id() + "/description";
		this.mvc.perform(get(url).with(user(owner)))
			.andExpect(content().string(containsString("<label for=\"mission\">Uppdrag</label>")))
			.andExpect(content().string(containsString("<label for=\"responsibilities\">Ansvar</label>")))
			.andExpect(content().string(containsString("<label for=\"routines\">Rutiner</label>")))
			.andExpect(content().string(containsString("<label for=\"contactInfo\">Kontaktvägar</label>")))
			.andExpect(content().string(containsString("name=\"version\"")))
			.andExpect(content().string(containsString("Spara beskrivning")));
		this.mvc.perform(get(url).param("lang", "en").with(user(owner)))
			.andExpect(content().string(containsString("<label for=\"mission\">Mission</label>")))
			.andExpect(content().string(containsString("<label for=\"responsibilities\">Responsibilities</label>")))
			.andExpect(content().string(containsString("<label for=\"routines\">Routines</label>")))
			.andExpect(content().string(containsString("<label for=\"contactInfo\">Contact paths</label>")));
	}

	@Test
	void a_stale_description_shows_the_message_keeps_the_users_text_and_writes_nothing() throws Exception {
		SignedInStaff owner = newUnitWithStaff();
		UUID unitId = owner.unit().id();
		this.management.editDescription(owner, unitId, 0, "Först sparad", "", "", "");
		this.mvc
			.perform(post("/directory/units/" + unitId + "/description").param("mission", "Min egen text")
				.param("responsibilities", "")
				.param("routines", "")
				.param("contactInfo", "")
				.param("version", "0")
				.with(user(owner))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Någon annan har sparat beskrivningen medan du skrev")))
			.andExpect(content().string(containsString("Min egen text")))
			.andExpect(content().string(containsString("Först sparad")))
			.andExpect(content().string(containsString("name=\"version\" value=\"1\"")));
		UnitDescription description = this.management.description(unitId);
		assertThat(description.mission()).isEqualTo("Först sparad");
		assertThat(description.version()).isEqualTo(1);
	}

	@Test
	void the_pages_speak_english_after_the_language_switch() throws Exception {
		SignedInStaff me = staff("lss.karlstad");
		this.mvc.perform(get("/updates").param("lang", "en").with(user(me)))
			.andExpect(content().string(containsString("<h1>Operations updates</h1>")))
			.andExpect(content().string(containsString("<label for=\"title\">Title</label>")))
			.andExpect(content().string(containsString(">Publish</button>")));
		this.mvc.perform(get("/directory").param("lang", "en").with(user(me)))
			.andExpect(content().string(containsString("<h1>Parties</h1>")))
			.andExpect(content().string(containsString("Interest organisations")));
	}

	@Test
	void an_unknown_unit_gives_the_not_found_page() throws Exception {
		this.mvc.perform(get("/directory/units/" + UUID.randomUUID()).with(user(staff("lss.karlstad"))))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Sidan hittades inte")));
	}

	@Test
	void R19_staff_publish_an_update_that_everyone_sees_newest_first() throws Exception {
		SignedInStaff author = newUnitWithStaff();
		String title = "Ny rutin " + UUID.randomUUID();
		this.mvc
			.perform(post("/updates").param("title", title)
				.param("body", "Vi har ändrat våra öppettider.")
				.with(user(author))
				.with(csrf()))
			.andExpect(redirectedUrl("/updates"))
			.andExpect(flash().attribute("flash", "organisation.updates.published"));
		assertThat(this.directory.updates(new PageRequest(0, 1)).items().get(0).title()).isEqualTo(title);
		this.mvc.perform(get("/updates").with(user(staff("chef.vh"))))
			.andExpect(content().string(containsString(title)))
			.andExpect(content().string(containsString("<label for=\"title\">Rubrik</label>")))
			.andExpect(content().string(containsString("<label for=\"body\">Text</label>")))
			.andExpect(content().string(containsString("Publicera")));
	}

	@Test
	void an_update_without_title_re_renders_with_a_swedish_message_next_to_the_field() throws Exception {
		long before = this.directory.updates(new PageRequest(0, 1)).total();
		this.mvc
			.perform(post("/updates").param("title", " ")
				.param("body", "Text utan rubrik")
				.with(user(staff("lss.karlstad")))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("aria-invalid=\"true\" aria-describedby=\"title-error\"")))
			.andExpect(
					content().string(containsString("<p class=\"field-error\" id=\"title-error\">Fyll i fältet.</p>")))
			.andExpect(content().string(containsString("Text utan rubrik")));
		assertThat(this.directory.updates(new PageRequest(0, 1)).total()).isEqualTo(before);
	}

	private RequestBuilder createAccount(String username, String password) {
		return post("/admin/staff/new").param("username", username)
			.param("displayName", "Ny Användare")
			.param("email", "ny.anvandare@example.org")
			.param("unitId", unitOf("lss.karlstad").toString())
			.param("nearestManagerId", staff("chef.karlstad").staffId().toString())
			.param("functions", "CASE_WORKER", "MAR")
			.param("password", password)
			.with(user(staff("admin")))
			.with(csrf());
	}

	@Test
	void an_administrator_opens_an_account_that_can_sign_in_and_not_once_deactivated() throws Exception {
		String username = "ny.sidor." + UUID.randomUUID().toString().substring(0, 8);
		this.mvc.perform(createAccount(username, "ett-riktigt-bra-losenord"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", "organisation.admin.staff.created"));
		SignedInStaff opened = staff(username);
		assertThat(opened.functions()).containsExactlyInAnyOrder(StaffFunction.CASE_WORKER, StaffFunction.MAR);
		this.mvc.perform(formLogin("/login").user(username).password("ett-riktigt-bra-losenord"))
			.andExpect(authenticated().withUsername(username));

		int version = this.directory.staffMember(opened.staffId()).orElseThrow().version();
		this.mvc
			.perform(post("/admin/staff/" + opened.staffId() + "/deactivate").param("version", String.valueOf(version))
				.with(user(staff("admin")))
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/staff/" + opened.staffId() + "/edit"))
			.andExpect(flash().attribute("flash", "organisation.admin.staff.deactivated"));
		this.mvc.perform(formLogin("/login").user(username).password("ett-riktigt-bra-losenord"))
			.andExpect(unauthenticated());
		this.mvc.perform(get("/admin/staff/" + opened.staffId() + "/edit").with(user(staff("admin"))))
			.andExpect(content().string(containsString("inaktiverad")))
			.andExpect(content().string(containsString("Återaktivera konto")));
	}

	@Test
	void refused_accounts_show_the_reason_next_to_the_field_and_nothing_is_created() throws Exception {
		String username = "kort.sidor." + UUID.randomUUID().toString().substring(0, 8);
		this.mvc.perform(createAccount(username, "kort"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"password-error\">Lösenordet måste ha minst 12 tecken")));
		assertThat(this.directory.account(username)).isEmpty();
		this.mvc.perform(createAccount("lss.karlstad", "ett-riktigt-bra-losenord"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"username-error\">Användarnamnet används redan")));
		this.mvc.perform(createAccount("Ogiltigt Namn", "ett-riktigt-bra-losenord"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"username-error\">Användarnamnet får bara")));
		this.mvc
			.perform(post("/admin/staff/new").param("username", "utan.namn")
				.param("displayName", "")
				.param("unitId", "")
				.param("password", "ett-riktigt-bra-losenord")
				.with(user(staff("admin")))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"displayName-error\">Fyll i fältet.")))
			.andExpect(content().string(containsString("id=\"unitId-error\">Välj eller fyll i ett värde.")));
		assertThat(this.directory.account("utan.namn")).isEmpty();
	}

	@Test
	void a_stale_account_edit_shows_the_message_and_writes_nothing() throws Exception {
		SignedInStaff member = newUnitWithStaff();
		Directory.StaffView before = this.directory.staffMember(member.staffId()).orElseThrow();
		this.mvc
			.perform(post("/admin/staff/" + member.staffId() + "/edit").param("displayName", "Andrat namn")
				.param("unitId", before.unitId().toString())
				.param("version", String.valueOf(before.version() - 1))
				.with(user(staff("admin")))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Någon annan har sparat ändringar medan du redigerade")))
			.andExpect(content().string(containsString("value=\"Andrat namn\"")));
		assertThat(this.directory.staffMember(member.staffId()).orElseThrow().displayName())
			.isEqualTo(before.displayName());
	}

	@Test
	void the_staff_list_filter_returns_just_the_table_to_htmx() throws Exception {
		UUID unitId = unitOf("lss.karlstad");
		this.mvc
			.perform(get("/admin/staff").param("unitId", unitId.toString())
				.header("HX-Request", "true")
				.with(user(staff("admin"))))
			.andExpect(status().isOk())
			.andExpect(content().string(startsWith("<div id=\"staff-table\"")))
			.andExpect(content().string(containsString("lss.karlstad")))
			.andExpect(content().string(not(containsString("lss.arvika"))))
			.andExpect(content().string(not(containsString("<html"))));
		this.mvc.perform(get("/admin/staff").param("unitId", unitId.toString()).with(user(staff("admin"))))
			.andExpect(content().string(containsString("<html")))
			.andExpect(content().string(containsString("hx-get=\"/admin/staff\"")));
	}

	@Test
	void administrators_establish_units_and_principals_and_duplicate_names_are_refused() throws Exception {
		SignedInStaff admin = staff("admin");
		String principalName = "Testhuvudman " + UUID.randomUUID();
		this.mvc
			.perform(post("/admin/principals/new").param("name", principalName)
				.param("kind", "MUNICIPALITY")
				.with(user(admin))
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/principals"));
		UUID principalId = this.directory.principals(null)
			.stream()
			.filter((p) -> p.name().equals(principalName))
			.findFirst()
			.orElseThrow()
			.id();
		this.mvc
			.perform(post("/admin/principals/new").param("name", principalName)
				.param("kind", "MUNICIPALITY")
				.with(user(admin))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"name-error\">Namnet används redan")));
		this.mvc
			.perform(post("/admin/units/new").param("name", "LSS testenhet")
				.param("principalId", principalId.toString())
				.param("kind", "LSS")
				.param("agreementParty", "true")
				.with(user(admin))
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/units"));
		assertThat(this.directory.units(null, principalId, new PageRequest(0, 10)).items()).singleElement()
			.satisfies((unit) -> {
				assertThat(unit.name()).isEqualTo("LSS testenhet");
				assertThat(unit.agreementParty()).isTrue();
			});
		this.mvc
			.perform(post("/admin/units/new").param("name", "LSS testenhet")
				.param("principalId", principalId.toString())
				.param("kind", "LSS")
				.with(user(admin))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"name-error\">Namnet används redan")));
	}

}

package se.samverkan.organisation.web;

import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;

import se.samverkan.testing.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The parties' pages in a real browser: the directory, unit pages and their description
 * (R19), operations updates (R20) and staff accounts, every page checked against WCAG 2.1
 * AA (L6).
 */
class OrganisationBrowserTests extends BrowserTest {

	private static final String KARLSTAD_LSS = "LSS-verksamheten Karlstad";

	private static final String BUH = "Barn- och ungdomshabiliteringen";

	private static final List<String> MUNICIPALITIES = List.of("Arvika", "Eda", "Filipstad", "Forshaga", "Grums",
			"Hagfors", "Hammarö", "Karlstad", "Kil", "Kristinehamn", "Munkfors", "Storfors", "Sunne", "Säffle",
			"Torsby", "Årjäng");

	private static final List<String> MUNICIPALITY_NAMES = List.of("Arvika kommun", "Eda kommun", "Filipstads kommun",
			"Forshaga kommun", "Grums kommun", "Hagfors kommun", "Hammarö kommun", "Karlstads kommun", "Kils kommun",
			"Kristinehamns kommun", "Munkfors kommun", "Storfors kommun", "Sunne kommun", "Säffle kommun",
			"Torsby kommun", "Årjängs kommun");

	private static final String STALE_MESSAGE = "Någon annan har sparat beskrivningen medan du skrev. "
			+ "Din text finns kvar i formuläret.";

	@Test
	void the_directory_lists_the_region_and_the_16_municipalities_and_leads_to_a_units_page_and_its_principals() {
		signIn(this.page, "lss.karlstad");

		mainMenu(this.page, "Parter").click();

		assertThat(this.page).hasURL(baseUrl() + "/directory");
		assertAccessible(this.page);
		assertThat(this.page).hasTitle("Parter – Samverkan");
		assertThat(heading(this.page, "Parter")).isVisible();
		Locator region = card("Region Värmland");
		assertThat(region).hasCount(1);
		assertThat(region.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(BUH).setExact(true)))
			.isVisible();
		assertThat(region.getByRole(AriaRole.LINK,
				new Locator.GetByRoleOptions().setName("Vuxenhabiliteringen").setExact(true)))
			.isVisible();
		for (int i = 0; i < MUNICIPALITIES.size(); i++) {
			Locator municipality = card(MUNICIPALITY_NAMES.get(i));
			assertThat(municipality).hasCount(1);
			assertThat(municipality.getByRole(AriaRole.LINK,
					new Locator.GetByRoleOptions().setName("LSS-verksamheten " + MUNICIPALITIES.get(i)).setExact(true)))
				.isVisible();
		}

		region.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(BUH).setExact(true)).click();

		assertThat(this.page).hasURL(Pattern.compile("/directory/units/[0-9a-f-]{36}$"));
		assertAccessible(this.page);
		assertThat(heading(this.page, BUH)).isVisible();
		assertThat(fact("Huvudman")).hasText("Region Värmland");
		assertThat(description(this.page, "Uppdrag")).containsText("habilitering till barn och unga under 18 år");
		assertThat(description(this.page, "Kontaktvägar")).containsText("054-61 40 00");
		Locator staff = this.page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Personal"));
		assertThat(staff.getByRole(AriaRole.ROWHEADER,
				new Locator.GetByRoleOptions().setName(displayNameOf("buh.personal")).setExact(true)))
			.isVisible();
		assertThat(staff.getByRole(AriaRole.ROWHEADER,
				new Locator.GetByRoleOptions().setName(displayNameOf("chef.buh")).setExact(true)))
			.isVisible();

		fact("Huvudman")
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Region Värmland").setExact(true))
			.click();

		assertThat(this.page).hasURL(Pattern.compile("/directory/principals/[0-9a-f-]{36}$"));
		assertAccessible(this.page);
		assertThat(heading(this.page, "Region Värmland")).isVisible();
		assertThat(this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(BUH).setExact(true)))
			.isVisible();
	}

	@Test
	void R19_staff_edit_their_own_units_description_and_no_other() {
		String mark = unique();
		signIn(this.page, "lss.karlstad");

		this.page.locator("dl.facts")
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(KARLSTAD_LSS).setExact(true))
			.click();
		assertAccessible(this.page);
		assertThat(heading(this.page, KARLSTAD_LSS)).isVisible();
		String unitUrl = this.page.url();

		editLink(this.page).click();

		assertThat(this.page).hasURL(unitUrl + "/description");
		assertAccessible(this.page);
		assertThat(heading(this.page, "Redigera beskrivning av " + KARLSTAD_LSS)).isVisible();
		this.page.getByLabel("Uppdrag").fill("Uppdrag " + mark);
		this.page.getByLabel("Ansvar").fill("Ansvar " + mark);
		this.page.getByLabel("Rutiner").fill("Rutiner " + mark);
		this.page.getByLabel("Kontaktvägar").fill("Kontakt " + mark);
		saveButton(this.page).click();

		assertThat(this.page).hasURL(unitUrl);
		assertAccessible(this.page);
		assertThat(this.page.getByRole(AriaRole.STATUS)).hasText("Beskrivningen är sparad.");
		assertThat(description(this.page, "Uppdrag")).hasText("Uppdrag " + mark);
		assertThat(description(this.page, "Ansvar")).hasText("Ansvar " + mark);
		assertThat(description(this.page, "Rutiner")).hasText("Rutiner " + mark);
		assertThat(description(this.page, "Kontaktvägar")).hasText("Kontakt " + mark);

		mainMenu(this.page, "Parter").click();
		assertAccessible(this.page);
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(BUH).setExact(true)).click();
		assertAccessible(this.page);
		assertThat(heading(this.page, BUH)).isVisible();
		assertThat(description(this.page, "Uppdrag")).isVisible();
		assertThat(editLink(this.page)).hasCount(0);
	}

	@Test
	void R19_when_someone_else_saved_first_the_description_form_says_so_and_keeps_the_text() {
		String mark = unique();
		Browser browser = this.context.browser();
		BrowserContext otherContext = browser.newContext(
				new Browser.NewContextOptions().setBaseURL(baseUrl()).setLocale("sv-SE").setViewportSize(1280, 900));
		try {
			Page other = otherContext.newPage();
			String formPath = openOwnDescriptionForm(this.page, "lss.karlstad");
			signIn(other, "chef.karlstad");
			other.navigate(formPath);
			assertAccessible(other);
			assertThat(heading(other, "Redigera beskrivning av " + KARLSTAD_LSS)).isVisible();

			this.page.getByLabel("Uppdrag").fill("Först " + mark);
			saveButton(this.page).click();
			assertAccessible(this.page);
			assertThat(this.page.getByRole(AriaRole.STATUS)).hasText("Beskrivningen är sparad.");

			other.getByLabel("Uppdrag").fill("Sedan " + mark);
			other.getByLabel("Rutiner").fill("Mina rutiner " + mark);
			saveButton(other).click();

			assertAccessible(other);
			assertThat(other.getByRole(AriaRole.ALERT)).containsText(STALE_MESSAGE);
			assertThat(other.getByLabel("Uppdrag")).hasValue("Sedan " + mark);
			assertThat(other.getByLabel("Rutiner")).hasValue("Mina rutiner " + mark);
			assertThat(heading(other, "Den sparade versionen", 2)).isVisible();
			assertThat(other.locator(".card dl.description dt:text-is('Uppdrag') + dd")).hasText("Först " + mark);

			// Having seen the other version, saving again replaces it.
			saveButton(other).click();
			assertAccessible(other);
			assertThat(other.getByRole(AriaRole.STATUS)).hasText("Beskrivningen är sparad.");
			assertThat(description(other, "Uppdrag")).hasText("Sedan " + mark);
			assertThat(description(other, "Rutiner")).hasText("Mina rutiner " + mark);
		}
		finally {
			otherContext.close();
		}
	}

	@Test
	void an_account_the_administrator_creates_signs_in_until_it_is_deactivated() {
		String username = "browser." + unique();
		String name = "Testa Webbläsarsson " + unique();
		String password = "ett-langt-losenord-" + unique();
		signIn(this.page, "admin");

		mainMenu(this.page, "Administration").click();
		assertThat(this.page).hasURL(baseUrl() + "/admin");
		assertAccessible(this.page);
		link(this.page, "Konton").click();
		assertThat(this.page).hasURL(baseUrl() + "/admin/staff");
		assertAccessible(this.page);
		link(this.page, "Nytt konto").click();
		assertThat(this.page).hasURL(baseUrl() + "/admin/staff/new");
		assertAccessible(this.page);

		this.page.getByLabel("Användarnamn").fill(username);
		this.page.getByLabel("Namn", new Page.GetByLabelOptions().setExact(true)).fill(name);
		this.page.getByLabel("E-post").fill(username + "@example.org");
		// The unit search posts the form unsaved and swaps only the unit's field: what is
		// typed stays, and a unit chosen before a search stays chosen and offered.
		this.page.getByLabel("Sök enhet eller huvudman").fill("karlstad");
		this.page.getByLabel("Sök enhet eller huvudman").press("Enter");
		assertThat(this.page.locator("#unitId-matches"))
			.hasText("Sökningen på ”karlstad” gav en träff (högst 200 visas).");
		assertThat(this.page.getByLabel("Användarnamn")).hasValue(username);
		this.page.getByLabel("Enhet", new Page.GetByLabelOptions().setExact(true))
			.selectOption(new SelectOption().setLabel(KARLSTAD_LSS + " (Karlstads kommun)"));
		this.page.getByLabel("Handläggare/personal").check();
		this.page.getByLabel("Lösenord").fill(password);
		this.page.getByLabel("Sök enhet eller huvudman").fill("arvika");
		this.page.getByLabel("Sök enhet eller huvudman").press("Enter");
		assertThat(this.page.locator("#unitId-matches")).containsText("Sökningen på ”arvika” gav");
		assertThat(this.page.getByLabel("Enhet", new Page.GetByLabelOptions().setExact(true)).locator("option:checked"))
			.hasText(KARLSTAD_LSS + " (Karlstads kommun)");
		assertThat(this.page.getByLabel("Handläggare/personal")).isChecked();
		assertThat(this.page.getByLabel("Lösenord")).hasValue(password);
		assertThat(this.page.getByLabel("Sök enhet eller huvudman")).isFocused();
		assertThat(this.page).hasURL(baseUrl() + "/admin/staff/new");
		// The manager's search posts the form unsaved and swaps only the manager's field:
		// the manager chosen stays chosen, and what is typed stays.
		String manager = displayNameOf("chef.karlstad") + " (" + KARLSTAD_LSS + ")";
		this.page.getByLabel("Närmaste chef").selectOption(new SelectOption().setLabel(manager));
		this.page.getByLabel("Sök på namn").fill("chef.arvika");
		this.page.getByLabel("Sök på namn").press("Enter");
		assertThat(this.page.locator("#nearestManagerId-matches"))
			.hasText("Sökningen på ”chef.arvika” gav en träff (högst 200 visas).");
		assertThat(this.page.getByLabel("Närmaste chef").locator("option:checked")).hasText(manager);
		assertThat(this.page.getByLabel("Användarnamn")).hasValue(username);
		assertThat(this.page.getByLabel("Lösenord")).hasValue(password);
		assertThat(this.page).hasURL(baseUrl() + "/admin/staff/new");
		assertAccessible(this.page);
		// Enter in a field of the form opens the account: the search has a form of its
		// own.
		this.page.getByLabel("Lösenord").press("Enter");

		assertThat(this.page).hasURL(Pattern.compile("/admin/staff/[0-9a-f-]{36}/edit$"));
		assertAccessible(this.page);
		assertThat(this.page.getByRole(AriaRole.STATUS)).hasText("Kontot är skapat.");
		assertThat(this.page.getByLabel("Närmaste chef").locator("option:checked")).hasText(manager);
		String editUrl = this.page.url();
		signOut(this.page);

		signIn(this.page, username, password);
		assertThat(this.page).hasURL(baseUrl() + "/");
		assertAccessible(this.page);
		assertThat(heading(this.page, "Välkommen, " + name)).isVisible();
		assertThat(this.page.locator(".account")).containsText(name + ", " + KARLSTAD_LSS);
		assertThat(fact("Användarnamn")).hasText(username);
		assertThat(fact("Enhet")).hasText(KARLSTAD_LSS);
		assertThat(fact("Funktioner")).hasText("Handläggare/personal");
		signOut(this.page);

		signIn(this.page, "admin");
		this.page.navigate(editUrl);
		assertAccessible(this.page);
		assertThat(heading(this.page, "Redigera konto " + username)).isVisible();
		button(this.page, "Inaktivera konto").click();
		assertThat(this.page).hasURL(editUrl);
		assertAccessible(this.page);
		assertThat(this.page.getByRole(AriaRole.STATUS)).hasText("Kontot är inaktiverat och kan inte längre logga in.");
		assertThat(button(this.page, "Återaktivera konto")).isVisible();
		signOut(this.page);

		signIn(this.page, username, password);

		assertThat(this.page).hasURL(baseUrl() + "/login?error");
		assertAccessible(this.page);
		assertThat(this.page.getByRole(AriaRole.ALERT))
			.hasText("Inloggningen misslyckades. Kontrollera användarnamn och lösenord.");
	}

	@Test
	void R20_a_posted_update_shows_in_the_list_and_on_the_start_page() {
		String title = "Nyhet " + unique();
		String body = "Vi har ändrat våra öppettider. " + unique();
		signIn(this.page, "lss.karlstad");

		mainMenu(this.page, "Verksamhetsinformation").click();
		assertThat(this.page).hasURL(baseUrl() + "/updates");
		assertAccessible(this.page);
		this.page.getByLabel("Rubrik").fill(title);
		this.page.getByLabel("Text", new Page.GetByLabelOptions().setExact(true)).fill(body);
		button(this.page, "Publicera").click();

		assertThat(this.page).hasURL(baseUrl() + "/updates");
		assertAccessible(this.page);
		assertThat(this.page.getByRole(AriaRole.STATUS)).hasText("Informationen är publicerad.");
		Locator posted = this.page.locator("ul.updates > li")
			.filter(new Locator.FilterOptions().setHas(heading3(title)));
		assertThat(posted).hasCount(1);
		assertThat(posted).containsText(body);
		assertThat(posted).containsText(KARLSTAD_LSS);
		assertThat(posted).containsText(displayNameOf("lss.karlstad"));

		mainMenu(this.page, "Start").click();
		assertThat(this.page).hasURL(baseUrl() + "/");
		assertAccessible(this.page);
		Locator onStart = this.page.locator("ul.updates > li")
			.filter(new Locator.FilterOptions().setHas(heading3(title)));
		assertThat(onStart).hasCount(1);
		assertThat(onStart).containsText(body);
	}

	@Test
	void L6_the_description_form_is_filled_in_and_saved_with_the_keyboard_alone() {
		String mark = unique();
		String formPath = openOwnDescriptionForm(this.page, "lss.karlstad");
		Locator main = this.page.locator("main");

		// Skip link, then through the form in reading order.
		this.page.keyboard().press("Tab");
		this.page.keyboard().press("Enter");
		assertThat(main).isFocused();
		assertAccessible(this.page);
		this.page.keyboard().press("Tab");
		assertThat(link(this.page, "Tillbaka till " + KARLSTAD_LSS)).isFocused();
		for (String label : List.of("Uppdrag", "Ansvar", "Rutiner", "Kontaktvägar")) {
			this.page.keyboard().press("Tab");
			assertThat(this.page.getByLabel(label)).isFocused();
			this.page.keyboard().press("ControlOrMeta+A");
			this.page.keyboard().type(label + " med tangentbord " + mark);
		}
		this.page.keyboard().press("Tab");
		assertThat(saveButton(this.page)).isFocused();

		this.page.keyboard().press("Enter");

		assertThat(this.page).hasURL(baseUrl() + formPath.replace("/description", ""));
		assertAccessible(this.page);
		assertThat(this.page.getByRole(AriaRole.STATUS)).hasText("Beskrivningen är sparad.");
		assertThat(description(this.page, "Uppdrag")).hasText("Uppdrag med tangentbord " + mark);
		assertThat(description(this.page, "Kontaktvägar")).hasText("Kontaktvägar med tangentbord " + mark);

		// The same with the space bar, reaching the form from the unit page by keyboard.
		editLink(this.page).focus();
		this.page.keyboard().press("Enter");
		assertThat(this.page).hasURL(baseUrl() + formPath);
		assertAccessible(this.page);
		this.page.getByLabel("Rutiner").focus();
		this.page.keyboard().press("ControlOrMeta+A");
		this.page.keyboard().type("Rutiner med mellanslag " + mark);
		this.page.keyboard().press("Tab");
		this.page.keyboard().press("Tab");
		assertThat(saveButton(this.page)).isFocused();

		this.page.keyboard().press("Space");

		assertThat(this.page).hasURL(baseUrl() + formPath.replace("/description", ""));
		assertAccessible(this.page);
		assertThat(this.page.getByRole(AriaRole.STATUS)).hasText("Beskrivningen är sparad.");
		assertThat(description(this.page, "Rutiner")).hasText("Rutiner med mellanslag " + mark);
	}

	/** Signs in and opens the description form of the user's own unit from its page. */
	private String openOwnDescriptionForm(Page page, String username) {
		signIn(page, username);
		page.locator("dl.facts")
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(KARLSTAD_LSS).setExact(true))
			.click();
		assertThat(heading(page, KARLSTAD_LSS)).isVisible();
		assertAccessible(page);
		editLink(page).click();
		assertThat(heading(page, "Redigera beskrivning av " + KARLSTAD_LSS)).isVisible();
		assertAccessible(page);
		return page.url().substring(baseUrl().length());
	}

	private static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	private Locator card(String principal) {
		return this.page.locator(".card").filter(new Locator.FilterOptions().setHas(heading3(principal)));
	}

	private Locator heading3(String name) {
		return this.page.getByRole(AriaRole.HEADING,
				new Page.GetByRoleOptions().setName(name).setExact(true).setLevel(3));
	}

	private Locator fact(String term) {
		return this.page.locator("dl.facts dt:text-is('" + term + "') + dd");
	}

	private static Locator description(Page page, String term) {
		return page.locator("main > section > dl.description dt:text-is('" + term + "') + dd");
	}

	private static Locator mainMenu(Page page, String name) {
		return page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Huvudmeny"))
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name).setExact(true));
	}

	private static Locator editLink(Page page) {
		return link(page, "Redigera beskrivning");
	}

	private static Locator saveButton(Page page) {
		return button(page, "Spara beskrivning");
	}

	private static Locator link(Page page, String name) {
		return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	private static Locator button(Page page, String name) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	private static Locator heading(Page page, String name) {
		return heading(page, name, 1);
	}

	private static Locator heading(Page page, String name, int level) {
		return page.getByRole(AriaRole.HEADING,
				new Page.GetByRoleOptions().setName(name).setExact(true).setLevel(level));
	}

}

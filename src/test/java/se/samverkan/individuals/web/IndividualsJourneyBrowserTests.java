package se.samverkan.individuals.web;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import se.samverkan.testing.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Journeys around the demo persons in a real browser: a role clarification sent and
 * acknowledged (R5), the access log and its PDF extract and the log review (L3), the
 * transition list (R6) and a person out of sight (R1). Every page checked against WCAG
 * 2.1 AA (L6).
 */
class IndividualsJourneyBrowserTests extends BrowserTest {

	private static final String VIKTOR = "Viktor Holm";

	private static final String VIKTORS_NUMBER = "19990914-3167";

	private static final String ELSA = "Elsa Lindgren";

	@Test
	void R5_a_role_clarification_is_sent_acknowledged_by_the_recipient_and_the_sender_sees_it() {
		String mark = UUID.randomUUID().toString().substring(0, 8);
		String recipient = displayNameOf("vh.personal");
		signIn(this.page, "lss.karlstad");
		openPerson(this.page, viktorsNumber(), VIKTOR);

		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Informera om rollfördelning")).click();
		assertThat(this.page).hasURL(Pattern.compile("/persons/[0-9a-f-]{36}/role-clarifications/new$"));
		assertAccessible(this.page);
		assertThat(heading(this.page, "Information om rollfördelning")).isVisible();
		this.page.getByLabel("Roll för Arbetsterapi (Vuxenhabiliteringen)")
			.fill("VH tränar vardagsaktiviteter " + mark);
		this.page.getByLabel("Roll för Daglig verksamhet (LSS-verksamheten Karlstad)")
			.fill("LSS ger daglig verksamhet " + mark);
		// The recipient found by search (issue 7): Enter in the search box swaps only the
		// recipients, the roles typed stay and the address does not change.
		this.page.getByLabel("Sök på namn").fill(recipient);
		this.page.getByLabel("Sök på namn").press("Enter");
		assertThat(this.page.locator("#recipient-matches")).containsText("en träff");
		assertThat(this.page).hasURL(Pattern.compile("/persons/[0-9a-f-]{36}/role-clarifications/new$"));
		assertThat(this.page.getByLabel("Roll för Arbetsterapi (Vuxenhabiliteringen)"))
			.hasValue("VH tränar vardagsaktiviteter " + mark);
		assertThat(this.page.getByLabel("Sök på namn")).hasValue(recipient);
		assertAccessible(this.page);
		this.page.getByLabel(recipient + ", Vuxenhabiliteringen").check();
		button(this.page, "Skicka").click();

		assertThat(this.page).hasURL(baseUrl() + "/role-clarifications");
		assertAccessible(this.page);
		assertThat(this.page.getByRole(AriaRole.STATUS)).hasText("Informationen om rollfördelning är skickad");
		Locator sent = clarification(this.page, mark);
		assertThat(sent).containsText(VIKTOR);
		assertThat(sent).containsText(recipient + " – har inte bekräftat");

		BrowserContext otherContext = newContext();
		try {
			Page other = otherContext.newPage();
			signIn(other, "vh.personal");
			other.navigate("/role-clarifications");
			assertAccessible(other);
			Locator received = clarification(other, mark);
			assertThat(received).containsText("VH tränar vardagsaktiviteter " + mark);
			assertThat(received).containsText("från " + displayNameOf("lss.karlstad") + ", LSS-verksamheten Karlstad");
			received.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Bekräfta")).click();

			assertThat(other).hasURL(baseUrl() + "/role-clarifications");
			assertAccessible(other);
			assertThat(other.getByRole(AriaRole.STATUS)).hasText("Du har bekräftat informationen");
			assertThat(clarification(other, mark)).containsText("Du har bekräftat.");
			assertThat(clarification(other, mark).getByRole(AriaRole.BUTTON)).hasCount(0);
		}
		finally {
			otherContext.close();
		}

		this.page.reload();
		assertAccessible(this.page);
		assertThat(clarification(this.page, mark)).containsText(recipient + " – bekräftade ");
	}

	@Test
	void L3_the_registering_units_manager_reads_the_access_log_with_anothers_read_and_gets_the_pdf_extract() {
		String number = viktorsNumber();
		BrowserContext otherContext = newContext();
		try {
			Page other = otherContext.newPage();
			signIn(other, "vh.personal");
			openPerson(other, number, VIKTOR);
		}
		finally {
			otherContext.close();
		}

		signIn(this.page, "chef.karlstad");
		openPerson(this.page, number, VIKTOR);
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Logg över åtkomst")).click();

		assertThat(this.page).hasURL(Pattern.compile("/persons/[0-9a-f-]{36}/access-log$"));
		assertAccessible(this.page);
		assertThat(heading(this.page, "Åtkomstlogg")).isVisible();
		Locator log = this.page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Åtkomstlogg"));
		assertThat(log.locator("tbody tr").filter(new Locator.FilterOptions().setHasText("vh.personal")).first())
			.containsText("Vuxenhabiliteringen");
		assertThat(log.locator("tbody tr").filter(new Locator.FilterOptions().setHasText("chef.karlstad")).first())
			.isVisible();

		String pdfUrl = this.page
			.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Loggutdrag för personen (PDF)"))
			.getAttribute("href");
		APIResponse pdf = this.context.request().get(pdfUrl);
		assertEquals(200, pdf.status());
		assertTrue(pdf.headers().get("content-type").startsWith("application/pdf"), pdf.headers().toString());
		assertEquals("%PDF-", new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1));
	}

	@Test
	void L3_the_log_review_page_renders_its_table_or_says_there_is_nothing_to_review() {
		signIn(this.page, "chef.karlstad");

		this.page.navigate("/access-log/review");

		assertAccessible(this.page);
		assertThat(heading(this.page, "Loggkontroll")).isVisible();
		assertThat(this.page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Loggkontroll"))
			.or(this.page.getByText("Det finns inga läsningar att granska."))).isVisible();

		// The month is chosen from the keyboard: type it in the labelled field, Enter
		// sends it.
		Locator month = this.page.getByLabel("Månad", new Page.GetByLabelOptions().setExact(true));
		month.fill("2026-01");
		month.press("Enter");
		assertThat(this.page).hasURL(Pattern.compile("month=2026-01"));
		assertThat(this.page.getByRole(AriaRole.HEADING,
				new Page.GetByRoleOptions().setName("Senast lästa under 2026-01").setLevel(2)))
			.isVisible();
		assertAccessible(this.page);
	}

	@Test
	void R6_the_transition_list_shows_the_child_turning_18_and_that_the_guardians_consent_needs_renewal() {
		signIn(this.page, "buh.personal");
		this.page.navigate("/persons");
		assertAccessible(this.page);

		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Övergång till vuxenhabilitering"))
			.click();

		assertThat(this.page).hasURL(baseUrl() + "/transitions");
		assertAccessible(this.page);
		assertThat(heading(this.page, "Övergång till vuxenhabilitering")).isVisible();
		assertThat(this.page.getByLabel("Antal månader framåt")).hasValue("6");
		Locator elsa = this.page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(ELSA));
		assertThat(elsa).hasCount(1);
		assertThat(elsa).containsText("Samtycket måste förnyas");
		assertThat(this.page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(VIKTOR)))
			.hasCount(0);
	}

	@Test
	void R1_staff_of_an_uninvolved_municipality_get_the_not_found_page_for_a_karlstad_person() {
		signIn(this.page, "lss.karlstad");
		openPerson(this.page, viktorsNumber(), VIKTOR);
		String personPath = this.page.url().substring(baseUrl().length());
		signOut(this.page);

		expectBrowserError("status of 404");
		signIn(this.page, "lss.arvika");
		this.page.navigate(personPath);

		assertAccessible(this.page);
		assertThat(heading(this.page, "Sidan hittades inte")).isVisible();
		assertThat(this.page.getByText(VIKTOR)).hasCount(0);
	}

	/** Searches the person by number on the persons page and opens them. */
	private void openPerson(Page page, String number, String name) {
		page.navigate("/persons");
		assertAccessible(page);
		page.getByLabel("Personnummer eller samordningsnummer").fill(number);
		button(page, "Sök").click();
		assertAccessible(page);
		page.locator(".search-result").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name)).click();
		assertThat(page).hasURL(Pattern.compile("/persons/[0-9a-f-]{36}$"));
		assertAccessible(page);
		assertThat(heading(page, name)).isVisible();
	}

	/**
	 * The demo adult at VH: a fixed number (DemoIndividuals.BirthDates), the same
	 * whatever day the demo was loaded.
	 */
	private static String viktorsNumber() {
		return VIKTORS_NUMBER;
	}

	private BrowserContext newContext() {
		return this.context.browser()
			.newContext(new Browser.NewContextOptions().setBaseURL(baseUrl())
				.setLocale("sv-SE")
				.setViewportSize(1280, 900));
	}

	private static Locator clarification(Page page, String mark) {
		return page.locator("ul.updates > li").filter(new Locator.FilterOptions().setHasText(mark));
	}

	private static Locator heading(Page page, String name) {
		return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setLevel(1));
	}

	private static Locator button(Page page, String name) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

}

package se.samverkan.annualreport;

import java.nio.file.Files;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import se.samverkan.testing.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The yearly cycle in a browser: drafting the activity plan and approving it with two
 * heads of operations (R12), issuing a directive that cites its decision and forming a
 * working group (R13, R18), the other pages of the cycle, and downloading the annual
 * report (R12).
 */
class YearlyCycleBrowserTests extends BrowserTest {

	private void open(String path) {
		this.page.navigate(path);
		assertAccessible(this.page);
	}

	private void click(String name) {
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name)).click();
		this.page.waitForLoadState();
		assertAccessible(this.page);
	}

	@Test
	void R12_the_steering_group_drafts_the_plan_and_two_heads_of_operations_approve_it() {
		signIn(this.page, "mar.karlstad");
		open("/activity-plans");
		this.page.getByLabel("År", new Page.GetByLabelOptions().setExact(true)).fill("2076");
		click("Påbörja planen");
		assertThat(this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Aktivitetsplan 2076")))
			.isVisible();
		String plan = this.page.url();

		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Lägg till aktivitet")).click();
		assertAccessible(this.page);
		this.page.getByLabel("Aktivitet", new Page.GetByLabelOptions().setExact(true))
			.fill("Gemensam rutin för gråzoner");
		this.page.getByLabel("Mål", new Page.GetByLabelOptions().setExact(true)).fill("Färre oklara ärenden");
		this.page.getByLabel("Ansvarig ledamot")
			.selectOption(new com.microsoft.playwright.options.SelectOption()
				.setLabel(displayNameOf("mar.karlstad") + " (LSS-verksamheten Karlstad)"));
		this.page.getByLabel("Klar senast").fill("2076-06-30");
		// The parties' search posts the form and swaps only the parties: what is typed
		// stays, and so does the focus.
		this.page.getByLabel("Sök enhet eller huvudman").fill("karlstad");
		this.page.locator("#parties-search-button").click();
		assertThat(this.page.locator("#parties-matches"))
			.hasText("Sökningen på ”karlstad” gav en träff (högst 200 visas).");
		assertThat(this.page.locator("#parties-search-button")).isFocused();
		assertThat(this.page.getByLabel("Aktivitet", new Page.GetByLabelOptions().setExact(true)))
			.hasValue("Gemensam rutin för gråzoner");
		assertAccessible(this.page);
		this.page.getByLabel("Part 1", new Page.GetByLabelOptions().setExact(true))
			.selectOption(new com.microsoft.playwright.options.SelectOption()
				.setLabel("LSS-verksamheten Karlstad (Karlstads kommun)"));
		this.page.getByLabel("Resurser från part 1").fill("Två handläggare");
		click("Spara aktiviteten");
		assertThat(this.page.getByText("Aktiviteten är sparad.")).isVisible();
		assertThat(this.page.getByText("Två handläggare").first()).isVisible();
		click("Skicka planen för godkännande");
		assertThat(this.page.getByText("0 av 18 parter har godkänt")).isVisible();
		signOut(this.page);

		signIn(this.page, "chef.karlstad");
		open(plan);
		click("Godkänn planen för min verksamhet");
		assertThat(this.page.getByText("1 av 18 parter har godkänt")).isVisible();
		signOut(this.page);

		signIn(this.page, "chef.buh");
		open(plan);
		assertThat(this.page.locator("ul.pending li")).hasCount(17);
		click("Godkänn planen för min verksamhet");
		assertThat(this.page.getByText("2 av 18 parter har godkänt")).isVisible();
		assertThat(this.page.locator("ul.pending li")).hasCount(16);
		assertThat(this.page.locator("ul.pending")).not().containsText("LSS-verksamheten Karlstad");
		assertThat(this.page.locator("ul.pending")).not().containsText("Barn- och ungdomshabiliteringen");
		assertThat(this.page.getByRole(AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Godkänn planen för min verksamhet")))
			.hasCount(0);
	}

	@Test
	void R13_a_steering_group_member_reaches_directives_from_the_main_menu_and_issues_one_citing_a_decision() {
		signIn(this.page, "buh.samordnare");
		com.microsoft.playwright.Locator menu = this.page.getByRole(AriaRole.NAVIGATION,
				new Page.GetByRoleOptions().setName("Huvudmeny"));
		com.microsoft.playwright.Locator directives = menu.getByRole(AriaRole.LINK,
				new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Direktiv").setExact(true));
		assertThat(directives).not().isVisible();
		menu.getByText("Årets arbete").focus();
		this.page.keyboard().press("Enter");
		assertThat(directives).isVisible();
		assertAccessible(this.page);
		directives.click();
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nytt direktiv")).click();
		assertAccessible(this.page);

		this.page.getByLabel("Aktivitet", new Page.GetByLabelOptions().setExact(true))
			.selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(1));
		for (String label : new String[] { "Bakgrund", "Mål", "Uppdrag", "Avgränsning", "Vad som ska levereras",
				"Tidsram", "Resurser", "Rapporterar till" }) {
			this.page.getByLabel(label, new Page.GetByLabelOptions().setExact(true)).fill(label + " i webbläsaren");
		}
		com.microsoft.playwright.Locator decisions = this.page
			.getByLabel("Beslut i beslutsregistret som gav direktivet (frivilligt)");
		String decision = decisions.locator("option")
			.filter(new com.microsoft.playwright.Locator.FilterOptions()
				.setHasText("Styrgruppens möte: BUH ansvarar för träningsprogrammet"))
			.getAttribute("value");
		decisions.selectOption(decision);
		click("Utfärda direktivet");
		assertThat(this.page.getByText("Direktivet är utfärdat.")).isVisible();

		// Newest first: the directive just issued.
		this.page.locator("main section > ul > li > a").first().click();
		assertAccessible(this.page);
		assertThat(this.page.locator("dl.facts")).containsText("Bakgrund i webbläsaren");
		assertThat(this.page.locator("dl.facts"))
			.containsText("BUH ansvarar för träningsprogrammet; LSS-verksamheten genomför det under vistelsen.");
		this.page.locator("dl.facts")
			.getByRole(AriaRole.LINK,
					new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Styrgruppens möte"))
			.click();
		assertAccessible(this.page);
		assertThat(this.page.getByRole(AriaRole.HEADING,
				new Page.GetByRoleOptions().setName("Styrgruppens möte").setExact(false).setLevel(1)))
			.isVisible();
	}

	@Test
	void R18_a_steering_group_member_forms_a_working_group_and_recruits_a_member_with_a_mandate() {
		signIn(this.page, "buh.samordnare");
		open("/directives");
		this.page
			.getByRole(AriaRole.LINK,
					new Page.GetByRoleOptions().setName("Direktiv: Gemensam rutin vid korttidsvistelse")
						.setExact(false))
			.first()
			.click();
		assertAccessible(this.page);
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bilda en arbetsgrupp för direktivet"))
			.click();
		assertAccessible(this.page);
		this.page.getByLabel("Ledare (ledamot i styrgruppen)")
			.selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(displayNameOf("chef.vh")));
		this.page.getByLabel("Arbetsgruppens namn").fill("Webbläsargruppen");
		click("Bilda arbetsgruppen");
		assertThat(this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Webbläsargruppen")))
			.isVisible();
		assertThat(this.page.getByText("Arbetsgruppen är bildad.")).isVisible();

		this.page.getByLabel("Medlem", new Page.GetByLabelOptions().setExact(true))
			.selectOption(new com.microsoft.playwright.options.SelectOption()
				.setLabel(displayNameOf("lss.arvika") + " (LSS-verksamheten Arvika)"));
		// The search posts the form unsaved and swaps only the member's field: the member
		// chosen stays chosen.
		this.page.getByLabel("Sök på namn").fill("chef.arvika");
		this.page.getByLabel("Sök på namn").press("Enter");
		assertThat(this.page.locator("#staffId-matches"))
			.hasText("Sökningen på ”chef.arvika” gav en träff (högst 200 visas).");
		assertThat(
				this.page.getByLabel("Medlem", new Page.GetByLabelOptions().setExact(true)).locator("option:checked"))
			.hasText(displayNameOf("lss.arvika") + " (LSS-verksamheten Arvika)");
		assertAccessible(this.page);
		click("Rekrytera med mandatet");
		assertThat(this.page.getByText("Skriv medlemmens mandat")).isVisible();
		// The refused form keeps the member chosen.
		assertThat(
				this.page.getByLabel("Medlem", new Page.GetByLabelOptions().setExact(true)).locator("option:checked"))
			.hasText(displayNameOf("lss.arvika") + " (LSS-verksamheten Arvika)");
		this.page.getByLabel("Mandat", new Page.GetByLabelOptions().setExact(true)).fill("Fyra timmar i månaden");
		click("Rekrytera med mandatet");
		assertThat(this.page.getByText("Väntar på närmaste chefs godkännande")).isVisible();
		String group = this.page.url();
		signOut(this.page);

		signIn(this.page, "chef.arvika");
		open(group);
		click("Godkänn mandatet för " + displayNameOf("lss.arvika"));
		assertThat(this.page.getByText("Mandatet är godkänt.")).isVisible();
	}

	@Test
	void R12_the_annual_report_downloads_as_a_pdf_and_every_page_of_the_cycle_is_accessible() throws Exception {
		signIn(this.page, "lss.arvika");
		for (String path : new String[] { "/working-groups", "/directives", "/resource-agreements", "/evaluations",
				"/agreements" }) {
			open(path);
		}
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Utvärdering").setExact(false))
			.last()
			.click();
		this.page.waitForLoadState();
		assertAccessible(this.page);
		open("/annual-reports");
		assertThat(this.page.getByRole(AriaRole.HEADING,
				new Page.GetByRoleOptions().setName("Årsrapport").setExact(false)))
			.isVisible();
		Download download = this.page.waitForDownload(() -> this.page
			.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ladda ner årsrapporten som PDF"))
			.click());
		byte[] pdf = Files.readAllBytes(download.path());
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(2);
			assertThat(new PDFTextStripper().getText(document)).contains("Årsrapport",
					"Ärenden per kategori och status");
		}
	}

}

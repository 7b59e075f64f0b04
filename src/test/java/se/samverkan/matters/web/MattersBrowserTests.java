package se.samverkan.matters.web;

import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.test.context.TestPropertySource;

import se.samverkan.testing.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Matters in a real browser (R9, R11, R14, L5): reporting, handling by a convener with
 * the answer reaching the reporter, the public feedback form without sign-in, collegial
 * observation and the notification settings; every page checked against WCAG 2.1 AA. The
 * public form's minimum fill time is off here (a test types faster than a person);
 * {@code PublicFeedbackTests} covers it.
 */
@TestPropertySource(properties = "samverkan.feedback.min-fill-time=PT0S")
class MattersBrowserTests extends BrowserTest {

	@Test
	@DisplayName("R11 L5 R9 a matter is reported, refused with a personal identity number, handled and answered")
	void r11ReportAndR9Handle() {
		String title = "Oklart vem som kallar till SIP " + UUID.randomUUID().toString().substring(0, 6);
		signIn(this.page, "lss.filipstad");
		mainMenu("Ärenden").click();
		assertThat(this.page).hasURL(baseUrl() + "/matters");
		assertAccessible(this.page);
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Anmäl ärende")).click();
		assertAccessible(this.page);
		this.page.getByLabel("Rubrik").fill(title);
		this.page.getByLabel("Beskrivning").fill("Gäller pojken 121212-1212 som väntat länge");
		this.page.getByLabel("Gråzon i uppdrag eller ansvar").check();
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skicka till sammankallande")).click();
		assertAccessible(this.page);
		assertThat(this.page.getByRole(AriaRole.ALERT)).containsText("personnummer");
		this.page.getByLabel("Beskrivning").fill("Ingen tar initiativ till samordnad plan när båda har insatser.");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skicka till sammankallande")).click();
		assertThat(this.page).hasURL(Pattern.compile("/matters/[0-9a-f-]{36}$"));
		assertAccessible(this.page);
		String matterUrl = this.page.url();
		assertThat(heading(title)).isVisible();
		assertThat(this.page.getByRole(AriaRole.STATUS)).containsText("anmält");
		signOut(this.page);

		signIn(this.page, "buh.samordnare");
		assertThat(this.page.getByText("Ärenden som väntar på analys eller beslut")).isVisible();
		mainMenu("Ärenden").click();
		assertAccessible(this.page);
		this.page.getByLabel("Status").selectOption(new SelectOption().setLabel("Anmält"));
		this.page.getByLabel("Kategori").selectOption(new SelectOption().setLabel("Gråzon i uppdrag eller ansvar"));
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filtrera")).click();
		assertAccessible(this.page);
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();
		assertThat(this.page).hasURL(matterUrl);
		assertAccessible(this.page);
		this.page.getByLabel("Under analys").check();
		this.page.getByLabel("Motivering").fill("Tas upp på vårens styrgruppsmöte.");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara ny status")).click();
		assertAccessible(this.page);
		assertThat(this.page.getByRole(AriaRole.STATUS)).containsText("status är ändrad");
		this.page.getByLabel("Anteckning").fill("Intern: fråga VH om deras rutin.");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara anteckning")).click();
		assertAccessible(this.page);
		this.page.getByLabel("Avslutat").check();
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara ny status")).click();
		assertAccessible(this.page);
		assertThat(this.page.locator("#comment-error")).containsText("svar");
		this.page.getByLabel("Avslutat").check();
		this.page.getByLabel("Motivering").fill("BUH kallar till SIP när BUH har en pågående insats.");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara ny status")).click();
		assertAccessible(this.page);
		assertThat(heading2("Svar till den som anmälde")).isVisible();
		signOut(this.page);

		signIn(this.page, "lss.filipstad");
		mainMenu("Inkorg").click();
		assertAccessible(this.page);
		assertThat(this.page.getByText("Ärendet \"" + title + "\" är avslutat och har fått ett svar")).isVisible();
		this.page.navigate(matterUrl);
		assertAccessible(this.page);
		assertThat(this.page.getByText("BUH kallar till SIP när BUH har en pågående insats.").first()).isVisible();
		assertThat(this.page.getByText("Intern: fråga VH om deras rutin.")).hasCount(0);
		assertThat(this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara ny status")))
			.hasCount(0);
	}

	@Test
	@DisplayName("R14 the public feedback form works without sign-in and is accessible")
	void r14PublicForm() {
		this.page.navigate("/feedback");
		assertAccessible(this.page);
		assertThat(heading("Lämna synpunkter på samverkan")).isVisible();
		this.page.getByLabel("Intresseorganisation (frivilligt)").fill("RBU Värmland");
		this.page.getByLabel("Din synpunkt").fill("Det är svårt att veta vem man ska ringa vid övergången till vuxen.");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skicka synpunkten")).click();
		assertThat(this.page).hasURL(baseUrl() + "/feedback/thanks");
		assertAccessible(this.page);
		assertThat(heading("Tack för din synpunkt")).isVisible();
	}

	@Test
	@DisplayName("R21 a staff member asks to observe and the nearest manager approves; the e-mail settings are reachable from the inbox")
	void r21ObservationAndSettings() {
		signIn(this.page, "lss.saffle");
		mainMenu("Auskultation").click();
		assertAccessible(this.page);
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ansök om auskultation")).click();
		assertAccessible(this.page);
		this.page.getByLabel("Verksamhet att besöka")
			.selectOption(new SelectOption().setLabel("Vuxenhabiliteringen (Region Värmland)"));
		this.page.getByLabel("Syfte").fill("Förstå hur VH tar emot unga vuxna.");
		// The host's search posts the form unsaved and swaps only the host's field: the
		// unit chosen stays chosen and offered, the purpose stays.
		this.page.getByLabel("Sök enhet eller huvudman").fill("Kil");
		this.page.getByLabel("Sök enhet eller huvudman").press("Enter");
		assertThat(this.page.locator("#hostUnitId-matches")).containsText("Sökningen på ”Kil” gav");
		assertThat(this.page.getByLabel("Verksamhet att besöka").locator("option:checked"))
			.hasText("Vuxenhabiliteringen (Region Värmland)");
		assertThat(this.page.getByLabel("Syfte")).hasValue("Förstå hur VH tar emot unga vuxna.");
		assertThat(this.page.getByLabel("Sök enhet eller huvudman")).isFocused();
		assertThat(this.page).hasURL(baseUrl() + "/observations/new");
		assertAccessible(this.page);
		// Enter in a field of the form sends the request: the search has a form of its
		// own.
		this.page.getByLabel("Senast", new Page.GetByLabelOptions().setExact(true)).press("Enter");
		assertThat(this.page).hasURL(Pattern.compile("/observations/[0-9a-f-]{36}$"));
		assertAccessible(this.page);
		String url = this.page.url();
		mainMenu("Inkorg").click();
		assertAccessible(this.page);
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Välj hur du får e-post om aviseringar"))
			.click();
		assertAccessible(this.page);
		this.page.getByLabel("Ett samlat e-brev per dag").check();
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara inställningarna")).click();
		assertAccessible(this.page);
		assertThat(this.page.getByRole(AriaRole.STATUS)).containsText("sparade");
		signOut(this.page);

		signIn(this.page, "chef.saffle");
		this.page.navigate(url);
		assertAccessible(this.page);
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Godkänn")).click();
		assertAccessible(this.page);
		assertThat(this.page.getByRole(AriaRole.STATUS)).containsText("godkänd");
	}

	private Locator mainMenu(String name) {
		return this.page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Huvudmeny"))
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name).setExact(true));
	}

	private Locator heading(String name) {
		return this.page.getByRole(AriaRole.HEADING,
				new Page.GetByRoleOptions().setName(name).setExact(true).setLevel(1));
	}

	private Locator heading2(String name) {
		return this.page.getByRole(AriaRole.HEADING,
				new Page.GetByRoleOptions().setName(name).setExact(true).setLevel(2));
	}

}

package se.samverkan.signin;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Route;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import se.samverkan.testing.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** Signing in and out in a real browser, every page checked against WCAG 2.1 AA (L6). */
class SignInBrowserTests extends BrowserTest {

	@Autowired
	SignInThrottle throttle;

	@Test
	void a_visitor_who_is_not_signed_in_gets_the_swedish_login_page() {
		this.page.navigate("/");

		assertThat(this.page).hasURL(baseUrl() + "/login");
		assertAccessible(this.page);
		assertThat(this.page.locator("html")).hasAttribute("lang", "sv");
		assertThat(this.page).hasTitle("Logga in – Samverkan");
		assertThat(heading("Logga in")).isVisible();
		assertThat(this.page.getByLabel("Användarnamn")).isFocused();
		assertThat(this.page.getByLabel("Lösenord")).isEditable();
		assertThat(this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logga in"))).isVisible();
	}

	@Test
	void signing_in_shows_the_start_page_with_name_unit_and_principal() {
		String name = displayNameOf("lss.karlstad");

		signIn(this.page, "lss.karlstad");

		assertThat(heading("Välkommen, " + name)).isVisible();
		assertThat(this.page.locator(".account")).containsText(name + ", LSS-verksamheten Karlstad");
		assertThat(fact("Användarnamn")).hasText("lss.karlstad");
		assertThat(fact("Enhet")).hasText("LSS-verksamheten Karlstad");
		assertThat(fact("Huvudman")).hasText("Karlstads kommun");
	}

	@Test
	void a_wrong_password_shows_the_error_and_signs_nobody_in() {
		signIn(this.page, "lss.karlstad", "not-the-password");

		assertThat(this.page).hasURL(baseUrl() + "/login?error");
		assertAccessible(this.page);
		assertThat(this.page.getByRole(AriaRole.ALERT))
			.hasText("Inloggningen misslyckades. Kontrollera användarnamn och lösenord.");

		this.page.navigate("/");
		assertThat(this.page).hasURL(baseUrl() + "/login");
		assertAccessible(this.page);
	}

	@Test
	void signing_out_ends_the_session() {
		signIn(this.page, "lss.karlstad");

		signOut(this.page);

		assertThat(this.page.getByRole(AriaRole.STATUS)).hasText("Du är utloggad.");
		assertThat(heading("Logga in")).isVisible();
		this.page.navigate("/");
		assertThat(this.page).hasURL(baseUrl() + "/login");
		assertAccessible(this.page);
	}

	@Test
	@DisplayName("L9 the Content-Security-Policy makes Chromium refuse a script injected into a page, while htmx runs")
	void l9ContentSecurityPolicyBlocksAnInjectedInlineScript() {
		expectBrowserError("Content Security Policy");
		this.page.route("**/login", (route) -> {
			APIResponse original = route.fetch();
			String injected = original.text()
				.replace("</body>", "<script>document.documentElement.dataset.injected = 'ran';</script></body>");
			route.fulfill(new Route.FulfillOptions().setResponse(original).setBody(injected));
		});
		List<String> violations = new ArrayList<>();
		this.page.onConsoleMessage((message) -> {
			if (message.text().contains("Content Security Policy")) {
				violations.add(message.text());
			}
		});

		this.page.navigate("/login");
		assertAccessible(this.page);

		assertThat(this.page.locator("html")).not().hasAttribute("data-injected", "ran");
		assertThat(this.page.locator("script:not([src])")).hasCount(1);
		org.assertj.core.api.Assertions.assertThat(violations).anyMatch((text) -> text.contains("script-src"));
		org.assertj.core.api.Assertions.assertThat(this.page.evaluate("() => typeof htmx")).isEqualTo("object");
	}

	@Test
	@DisplayName("L9 a staff member turns on one-time codes with the QR code, keeps the recovery codes and signs in with a code")
	void l9OneTimeCodesInTheBrowser() {
		signIn(this.page, "vh.personal");
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Inloggning och säkerhet")).click();
		assertThat(this.page).hasURL(baseUrl() + "/account/security");
		assertAccessible(this.page);
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aktivera tvåstegsverifiering"))
			.click();
		assertThat(heading("Aktivera tvåstegsverifiering")).isVisible();
		assertAccessible(this.page);
		assertThat(this.page.getByRole(AriaRole.IMG,
				new Page.GetByRoleOptions().setName("QR-kod att skanna med autentiseringsappen")))
			.isVisible();
		String secret = this.page.locator("code.secret").textContent().replace(" ", "");
		this.page.getByLabel("Kod från appen").fill(SignInTests.codeAt(secret, 0));
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aktivera").setExact(true)).click();
		assertThat(heading("Reservkoder")).isVisible();
		assertAccessible(this.page);
		assertThat(this.page.locator("ul.recovery-codes li")).hasCount(10);
		String recovery = this.page.locator("ul.recovery-codes li").first().textContent().strip();
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Fortsätt till Samverkan")).click();
		assertAccessible(this.page);
		signOut(this.page);

		signIn(this.page, "vh.personal", DEMO_PASSWORD);
		assertThat(this.page).hasURL(baseUrl() + "/login/code");
		assertAccessible(this.page);
		this.page.getByLabel("Engångskod eller reservkod")
			.fill("000000".equals(SignInTests.codeAt(secret, 1)) ? "111111" : "000000");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Fortsätt")).click();
		assertAccessible(this.page);
		assertThat(this.page.getByRole(AriaRole.ALERT))
			.hasText("Koden stämmer inte eller har redan använts. Försök igen med en ny kod.");
		this.page.getByLabel("Engångskod eller reservkod").fill(SignInTests.codeAt(secret, 1));
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Fortsätt")).click();
		assertThat(this.page).hasURL(baseUrl() + "/");
		assertAccessible(this.page);

		// Back to the demo default for the other tests: remove it with a recovery-free
		// code.
		this.page.navigate("/account/security");
		assertAccessible(this.page);
		this.page.getByLabel("Engångskod").fill(recovery);
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ta bort tvåstegsverifiering"))
			.click();
		assertAccessible(this.page);
		assertThat(this.page.locator(".flash")).hasText("Tvåstegsverifieringen är borttagen.");
	}

	@Test
	@DisplayName("L9 repeated failures show the lock message, and an administrator sees the lock and lifts it")
	void l9LockedSignInIsLiftedByAnAdministrator() {
		signIn(this.page, "chef.eda", "fel-lösenord");
		assertThat(this.page).hasURL(baseUrl() + "/login?error");
		assertAccessible(this.page);
		for (int i = 0; i < 10; i++) {
			this.throttle.failed("chef.eda", null);
		}
		signIn(this.page, "chef.eda", DEMO_PASSWORD);
		assertThat(this.page).hasURL(baseUrl() + "/login?locked");
		assertAccessible(this.page);
		assertThat(this.page.getByRole(AriaRole.ALERT)).containsText("För många misslyckade inloggningar");

		signIn(this.page, "admin");
		this.page.navigate("/admin");
		assertAccessible(this.page);
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Spärrade inloggningar")).click();
		assertAccessible(this.page);
		Locator row = this.page.locator("tr", new Page.LocatorOptions().setHasText("chef.eda"));
		assertThat(row).containsText("Konto");
		row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Häv spärren")).click();
		assertAccessible(this.page);
		assertThat(this.page.locator(".flash")).hasText("Spärren är hävd.");
		assertThat(this.page.locator("tr", new Page.LocatorOptions().setHasText("chef.eda"))).hasCount(0);
	}

	private Locator heading(String name) {
		return this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setLevel(1));
	}

	private Locator fact(String term) {
		return this.page.locator("dl.facts dt:text-is('" + term + "') + dd");
	}

}

package se.samverkan.signin;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import se.samverkan.testing.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** Signing in and out in a real browser, every page checked against WCAG 2.1 AA (L6). */
class SignInBrowserTests extends BrowserTest {

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

	private Locator heading(String name) {
		return this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setLevel(1));
	}

	private Locator fact(String term) {
		return this.page.locator("dl.facts dt:text-is('" + term + "') + dd");
	}

}

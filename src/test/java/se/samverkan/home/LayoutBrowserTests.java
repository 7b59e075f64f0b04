package se.samverkan.home;

import java.util.LinkedHashMap;
import java.util.Map;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import se.samverkan.testing.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The frame around every page in a real browser: language switch, navigation to the
 * sections still to come, keyboard use. Every page checked against WCAG 2.1 AA (L6).
 */
class LayoutBrowserTests extends BrowserTest {

	@Test
	void the_language_switch_turns_the_page_english_and_back_to_swedish() {
		String name = displayNameOf("lss.karlstad");
		signIn(this.page, "lss.karlstad");

		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English")).click();

		assertThat(this.page).hasURL(baseUrl() + "/?lang=en");
		assertAccessible(this.page);
		assertThat(this.page.locator("html")).hasAttribute("lang", "en");
		assertThat(heading("Welcome, " + name)).isVisible();
		assertThat(this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))).isVisible();
		assertThat(this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English"))).hasCount(0);

		// The choice is remembered on the next page.
		navigation("Main menu").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Referrals")).click();
		assertThat(this.page).hasURL(baseUrl() + "/referrals");
		assertAccessible(this.page);
		assertThat(heading("Referrals")).isVisible();

		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Svenska")).click();

		assertThat(this.page).hasURL(baseUrl() + "/referrals?lang=sv");
		assertAccessible(this.page);
		assertThat(this.page.locator("html")).hasAttribute("lang", "sv");
		assertThat(heading("Remisser")).isVisible();
		assertThat(this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English"))).isVisible();
	}

	@Test
	void every_section_of_the_main_menu_has_landed() {
		Map<String, String> sections = new LinkedHashMap<>();
		sections.put("/activity-plans", "Aktivitetsplan");
		sections.put("/working-groups", "Arbetsgrupper");
		signIn(this.page, "lss.karlstad");

		sections.forEach((path, heading) -> {
			Response response = this.page.navigate(path);

			assertThat(response.status()).as(path).isEqualTo(200);
			assertAccessible(this.page);
			assertThat(this.page).hasTitle(heading + " – Samverkan");
			assertThat(heading(heading)).isVisible();
		});
	}

	@Test
	void the_main_menu_leads_to_a_section_still_to_come() {
		signIn(this.page, "lss.karlstad");

		navigation("Huvudmeny").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Styrgrupp")).click();

		assertThat(this.page).hasURL(baseUrl() + "/steering-group");
		assertAccessible(this.page);
		assertThat(heading("Styrgrupp")).isVisible();
	}

	@Test
	void the_skip_link_is_the_first_tab_stop_and_moves_focus_to_the_main_content() {
		signIn(this.page, "lss.karlstad");
		Locator skipLink = this.page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("Hoppa till innehållet"));

		this.page.keyboard().press("Tab");

		assertThat(skipLink).isFocused();
		assertThat(skipLink).isInViewport();
		assertAccessible(this.page);

		this.page.keyboard().press("Enter");

		assertThat(this.page).hasURL(baseUrl() + "/#main");
		assertThat(this.page.locator("main")).isFocused();
		assertAccessible(this.page);
		this.page.keyboard().press("Tab");
		assertThat(this.page.locator("main :focus")).hasCount(1);
	}

	@Test
	void L6_pages_reflow_at_320_css_pixels_without_scrolling_sideways() {
		this.page.setViewportSize(320, 640);

		this.page.navigate("/login");
		assertAccessible(this.page);
		assertNoHorizontalScrolling();
		signIn(this.page, "lss.karlstad");
		assertNoHorizontalScrolling();
		// The yearly cycle's group opens in the flow of the menu.
		navigation("Huvudmeny").getByText("Årets arbete").click();
		assertThat(navigation("Huvudmeny").getByRole(AriaRole.LINK,
				new Locator.GetByRoleOptions().setName("Resursöverenskommelser")))
			.isVisible();
		assertNoHorizontalScrolling();
		this.page.navigate("/annual-reports");
		assertAccessible(this.page);
		assertNoHorizontalScrolling();
	}

	private void assertNoHorizontalScrolling() {
		// The elements that stick out on the right, innermost first, name what to fix.
		Object overflowing = this.page.evaluate("""
				() => { const width = document.documentElement.clientWidth;
				  return [...document.querySelectorAll('body *')]
				    .filter((e) => e.getBoundingClientRect().right > width + 1)
				    .filter((e) => ![...e.children].some((c) => c.getBoundingClientRect().right > width + 1))
				    .map((e) => e.tagName.toLowerCase() + (e.className ? '.' + e.className : '')
				      + ' ' + Math.round(e.getBoundingClientRect().right) + 'px'); }""");
		assertThat((java.util.List<?>) overflowing).as("elements wider than 320 CSS px on %s", this.page.url())
			.isEmpty();
	}

	private Locator navigation(String name) {
		return this.page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName(name));
	}

	private Locator heading(String name) {
		return this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setLevel(1));
	}

}

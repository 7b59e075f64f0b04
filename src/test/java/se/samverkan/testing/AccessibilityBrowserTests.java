package se.samverkan.testing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The WCAG check itself: it must catch what it is there to catch, or it proves nothing.
 */
class AccessibilityBrowserTests extends BrowserTest {

	@Test
	void L6_the_check_fails_on_a_page_that_breaks_wcag_and_names_rule_and_element() {
		this.page.setContent("<!DOCTYPE html><html><head><title>Deliberately inaccessible</title></head><body><main>"
				+ "<h1>Deliberately inaccessible</h1><img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\">"
				+ "<input id=\"q\" type=\"text\"></main></body></html>");

		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> Accessibility.assertAccessible(this.page))
			.satisfies((error) -> assertThat(error.getMessage()).contains("html-has-lang", "image-alt", "label", "<img",
					"#q"));
	}

	@Test
	void L6_the_check_passes_a_page_that_meets_wcag() {
		this.page.setContent("<!DOCTYPE html><html lang=\"sv\"><head><title>Bra</title></head><body><main>"
				+ "<h1>Bra</h1><label for=\"q\">Sök</label><input id=\"q\" type=\"text\"></main></body></html>");

		Accessibility.assertAccessible(this.page);
	}

}

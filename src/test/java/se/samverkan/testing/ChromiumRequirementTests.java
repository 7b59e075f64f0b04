package se.samverkan.testing;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** Runs in the default build: without Chromium the browser tests fail, never skip. */
class ChromiumRequirementTests {

	@Test
	void browser_tests_fail_with_a_clear_message_when_chromium_is_missing() {
		Path missing = Path.of("/nonexistent/chromium");

		assertThatIllegalStateException().isThrownBy(() -> BrowserTest.requireChromium(missing))
			.withMessageContaining("/nonexistent/chromium")
			.withMessageContaining("apt-get install -y chromium");
	}

}

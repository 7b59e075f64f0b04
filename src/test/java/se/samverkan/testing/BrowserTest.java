package se.samverkan.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.samverkan.organisation.Directory;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Base class of the browser tests: the whole application on a random port, driven by
 * Debian's Chromium ({@code /usr/bin/chromium}, or {@code SAMVERKAN_CHROMIUM}) through
 * Playwright. One browser per test class, a fresh context (no cookies, Swedish browser
 * language) and page per test. Playwright never downloads a browser; when Chromium is
 * missing the tests fail, they are never skipped.
 * <p>
 * WCAG 2.1 AA (law L6) is checked on every page a test visits: call
 * {@link #assertAccessible(Page)} after each navigation, sign-in or form post. A test
 * that visits a page without checking it fails, and so does one in which the browser
 * reports an error on its console (a script error or a Content-Security-Policy
 * violation).
 * <p>
 * Tagged {@code browser}: {@code ./mvnw verify} leaves these out, {@code ./mvnw verify
 * -Pbrowser} runs only them.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
public abstract class BrowserTest {

	/** Password of every demo account. */
	protected static final String DEMO_PASSWORD = "demo";

	static final Path CHROMIUM = Paths.get(System.getenv().getOrDefault("SAMVERKAN_CHROMIUM", "/usr/bin/chromium"));

	static final List<String> CHROMIUM_ARGS = List.of("--no-sandbox", "--disable-gpu",
			"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run");

	static final Map<String, String> NO_BROWSER_DOWNLOAD = Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");

	/** Generous: the CI machine has two cores and other builds may share them. */
	private static final double TIMEOUT_MILLIS = 30_000;

	private static Playwright playwright;

	private static Browser browser;

	@RegisterExtension
	static final AfterTestExecutionCallback screenshotOnFailure = BrowserTest::screenshotOnFailure;

	@LocalServerPort
	private int port;

	@Autowired
	private Directory directory;

	/** This test's browser context: its own cookies, so its own session. */
	protected BrowserContext context;

	/** This test's page (tab). */
	protected Page page;

	private final Set<String> visited = new LinkedHashSet<>();

	private final Set<String> checked = new LinkedHashSet<>();

	private final List<String> scriptErrors = new ArrayList<>();

	private final List<String> expectedErrors = new ArrayList<>();

	@BeforeAll
	static void launchBrowser() {
		requireChromium(CHROMIUM);
		PlaywrightAssertions.setDefaultAssertionTimeout(TIMEOUT_MILLIS);
		playwright = Playwright.create(new Playwright.CreateOptions().setEnv(NO_BROWSER_DOWNLOAD));
		browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
				.setHeadless(true)
				.setArgs(CHROMIUM_ARGS)
				.setEnv(NO_BROWSER_DOWNLOAD));
	}

	/**
	 * Fails (never skips) when there is no browser to run the tests in.
	 * @param chromium where Chromium should be
	 */
	static void requireChromium(Path chromium) {
		if (!Files.isExecutable(chromium)) {
			throw new IllegalStateException("The browser tests need Chromium at " + chromium
					+ " and never download one: install it with 'apt-get install -y chromium'"
					+ " (or set SAMVERKAN_CHROMIUM to a Chromium binary).");
		}
	}

	@AfterAll
	static void closeBrowser() {
		if (browser != null) {
			browser.close();
			browser = null;
		}
		if (playwright != null) {
			playwright.close();
			playwright = null;
		}
	}

	@BeforeEach
	void openPage() {
		this.context = browser.newContext(
				new Browser.NewContextOptions().setBaseURL(baseUrl()).setLocale("sv-SE").setViewportSize(1280, 900));
		this.context.setDefaultTimeout(TIMEOUT_MILLIS);
		this.context.setDefaultNavigationTimeout(TIMEOUT_MILLIS);
		this.page = this.context.newPage();
		this.page.onFrameNavigated((frame) -> {
			if (frame.parentFrame() == null && !"about:blank".equals(frame.url())) {
				this.visited.add(frame.url());
			}
		});
		// Content-Security-Policy violations and script failures show up here.
		this.page.onConsoleMessage((message) -> {
			if ("error".equals(message.type())) {
				this.scriptErrors.add(message.text() + " (" + message.location() + ")");
			}
		});
		this.page.onPageError((error) -> this.scriptErrors.add(error));
	}

	@AfterEach
	void closePage() {
		Set<String> unchecked = new LinkedHashSet<>(this.visited);
		unchecked.removeAll(this.checked);
		this.context.close();
		if (!unchecked.isEmpty()) {
			throw new AssertionError(
					"Every page a browser test visits must be checked with assertAccessible(page); not checked: "
							+ unchecked);
		}
		this.scriptErrors.removeIf((error) -> this.expectedErrors.stream().anyMatch(error::contains));
		if (!this.scriptErrors.isEmpty()) {
			throw new AssertionError("The browser reported errors (script or Content-Security-Policy): "
					+ String.join(System.lineSeparator(), this.scriptErrors));
		}
	}

	/**
	 * @return the root URL of the running application, e.g. http://localhost:41234
	 */
	protected String baseUrl() {
		return "http://localhost:" + this.port;
	}

	/**
	 * Lets this test pass although the browser reports an error containing the given
	 * text, e.g. {@code "status of 404"} in a test that visits a missing page on purpose.
	 * @param text part of the expected console message
	 */
	protected void expectBrowserError(String text) {
		this.expectedErrors.add(text);
	}

	/**
	 * Checks the page as it is now against WCAG 2.1 AA with axe-core and records it as
	 * checked.
	 * @param page the page to check
	 */
	protected void assertAccessible(Page page) {
		page.waitForLoadState();
		Accessibility.assertAccessible(page);
		this.checked.add(page.url());
	}

	/**
	 * Signs in through the login form with the demo password and waits for the start
	 * page. Both the login page and the start page are checked for accessibility.
	 * @param page the page to sign in on
	 * @param username a demo account, e.g. {@code lss.karlstad}
	 */
	protected void signIn(Page page, String username) {
		signIn(page, username, DEMO_PASSWORD);
		assertThat(page).hasURL(baseUrl() + "/");
		assertAccessible(page);
	}

	/**
	 * Fills in and submits the login form; does not check where it lands.
	 * @param page the page to sign in on
	 * @param username the user name
	 * @param password the password
	 */
	protected void signIn(Page page, String username, String password) {
		page.navigate("/login");
		assertAccessible(page);
		page.locator("#username").fill(username);
		page.locator("#password").fill(password);
		page.locator("form[action$='/login'] button[type=submit]").click();
		page.waitForLoadState();
	}

	/**
	 * Signs out with the button in the page header and waits for the login page.
	 * @param page a signed-in page
	 */
	protected void signOut(Page page) {
		page.locator("form[action$='/logout'] button[type=submit]").click();
		assertThat(page).hasURL(baseUrl() + "/login?logout");
		assertAccessible(page);
	}

	/**
	 * @param username a staff account's user name
	 * @return its display name as the demo data gave it
	 */
	protected String displayNameOf(String username) {
		return this.directory.account(username)
			.orElseThrow(() -> new IllegalArgumentException("No account " + username))
			.displayName();
	}

	private static void screenshotOnFailure(ExtensionContext extension) {
		if (extension.getExecutionException().isEmpty()
				|| !(extension.getTestInstance().orElse(null) instanceof BrowserTest test) || test.page == null
				|| test.page.isClosed()) {
			return;
		}
		Path file = Paths.get("target", "browser-failures", extension.getRequiredTestClass().getSimpleName() + "."
				+ extension.getRequiredTestMethod().getName() + ".png");
		try {
			test.page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
			System.out.println("Screenshot of the failed browser test " + extension.getDisplayName() + ": "
					+ file.toAbsolutePath() + " (at " + test.page.url() + ")");
		}
		catch (PlaywrightException ex) {
			// The failure itself is what matters; a missing screenshot must not hide it.
			System.out.println("No screenshot of " + extension.getDisplayName() + ": " + ex.getMessage());
		}
	}

}

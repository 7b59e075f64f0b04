package se.samverkan.individuals.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import se.samverkan.individuals.TestPersons;
import se.samverkan.organisation.Directory;
import se.samverkan.testing.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Collaboration around a person in a real browser (R1, R2): register, record a consent
 * covering the municipality and the region — or a principal found by a search — log a
 * contact and find it on the timeline. Every page checked against WCAG 2.1 AA (L6).
 */
class PersonsBrowserTests extends BrowserTest {

	@Autowired
	Clock clock;

	@Autowired
	Directory directory;

	@Test
	void R1_R2_a_case_worker_registers_a_person_records_consent_and_logs_a_contact_seen_on_the_timeline() {
		String number = TestPersons.numberBornOn(LocalDate.now(this.clock).minusYears(30).minusDays(10));
		signIn(this.page, "lss.karlstad");

		this.page.navigate("/persons");
		assertAccessible(this.page);
		assertThat(heading("Personer")).isVisible();
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Registrera person")).click();
		assertThat(this.page).hasURL(baseUrl() + "/persons/new");
		assertAccessible(this.page);

		this.page.getByLabel("Personnummer", new Page.GetByLabelOptions().setExact(true)).fill(number.replace("-", ""));
		this.page.getByLabel("Förnamn").fill("Wilma");
		this.page.getByLabel("Efternamn").fill("Webbtestsson");
		this.page.getByLabel("Hemkommun").selectOption(new SelectOption().setLabel("Karlstads kommun"));
		button("Registrera").click();

		assertThat(heading("Wilma Webbtestsson")).isVisible();
		assertAccessible(this.page);
		assertThat(this.page.getByRole(AriaRole.STATUS)).hasText("Personen är registrerad.");
		assertThat(this.page.locator("dl.facts")).containsText(number);

		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Registrera samtycke")).click();
		assertAccessible(this.page);
		this.page.getByLabel("Skriftligt").check();
		this.page.getByLabel("Personen själv").check();
		assertThat(this.page.getByLabel("Karlstads kommun")).isChecked();
		this.page.getByLabel("Region Värmland").check();
		button("Spara samtycke").click();

		assertThat(this.page.getByRole(AriaRole.STATUS)).hasText("Samtycket är registrerat.");
		assertAccessible(this.page);
		assertThat(this.page.locator("table").first()).containsText("Region Värmland");

		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Logga kontakt")).click();
		assertAccessible(this.page);
		this.page.getByLabel("Telefonsamtal").check();
		this.page.getByLabel("Första kontakt").check();
		this.page.getByLabel("Sammanfattning").fill("Samtal om behov av stöd i vardagen");
		// A participant from the habilitation, found by search: only the field is
		// swapped.
		String habilitation = this.directory.account("buh.personal").orElseThrow().displayName();
		this.page.getByLabel("Sök på namn").fill(habilitation);
		this.page.getByLabel("Sök på namn").press("Enter");
		assertThat(this.page.locator("#participantStaffIds-matches")).containsText("en träff");
		assertThat(this.page).hasURL(Pattern.compile(".*/contacts/new$"));
		assertThat(this.page.getByLabel("Sammanfattning")).hasValue("Samtal om behov av stöd i vardagen");
		assertThat(this.page.getByLabel("Telefonsamtal")).isChecked();
		assertAccessible(this.page);
		this.page.getByLabel(habilitation, new Page.GetByLabelOptions().setExact(false)).check();
		button("Spara kontakt").click();

		assertThat(this.page.getByRole(AriaRole.STATUS)).hasText("Kontakten är loggad.");
		assertAccessible(this.page);
		Locator timeline = this.page.locator("ol.timeline > li");
		assertThat(timeline.first()).containsText("Telefonsamtal – Första kontakt");
		assertThat(timeline.first()).containsText("Samtal om behov av stöd i vardagen");
		assertThat(timeline.first()).containsText(habilitation);
		assertThat(timeline.nth(1)).containsText("Samtycke – Skriftligt, Gällande");

		// Under the consent the region's units are offered; choosing one lists its staff
		// as responsible.
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Registrera insats")).click();
		assertAccessible(this.page);
		Locator responsible = this.page.getByLabel("Ansvarig personal (valfritt)");
		assertThat(responsible.locator("option", new Locator.LocatorOptions().setHasText(habilitation))).hasCount(0);
		this.page.getByLabel("Enhet som ger insatsen")
			.selectOption(
					new SelectOption().setLabel(this.directory.account("buh.personal").orElseThrow().unit().name()));
		assertThat(responsible.locator("option", new Locator.LocatorOptions().setHasText(habilitation))).hasCount(1);
		assertAccessible(this.page);
	}

	@Test
	void R1_a_consent_covers_a_principal_found_by_a_search_on_the_consent_form() {
		String number = TestPersons.numberBornOn(LocalDate.now(this.clock).minusYears(33).minusDays(17));
		signIn(this.page, "lss.karlstad");

		this.page.navigate("/persons/new");
		assertAccessible(this.page);
		this.page.getByLabel("Personnummer", new Page.GetByLabelOptions().setExact(true)).fill(number.replace("-", ""));
		this.page.getByLabel("Förnamn").fill("Signe");
		this.page.getByLabel("Efternamn").fill("Sökdottir");
		this.page.getByLabel("Hemkommun").selectOption(new SelectOption().setLabel("Karlstads kommun"));
		button("Registrera").click();
		assertThat(heading("Signe Sökdottir")).isVisible();
		assertAccessible(this.page);

		// The form offers the likely principals; another is found by a search, Enter in
		// its box: only the field is swapped, what is typed stays and the address does
		// not change.
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Registrera samtycke")).click();
		assertAccessible(this.page);
		this.page.getByLabel("Skriftligt").check();
		this.page.getByLabel("Personen själv").check();
		this.page.getByLabel("Anteckning").fill("Samtycke till samverkan med Filipstad");
		assertThat(this.page.getByLabel("Filipstads kommun")).hasCount(0);
		this.page.getByLabel("Sök på namn").fill("filipstad");
		this.page.getByLabel("Sök på namn").press("Enter");
		assertThat(this.page.locator("#principalIds-matches")).containsText("en träff");
		assertThat(this.page).hasURL(Pattern.compile(".*/consents/new$"));
		assertThat(this.page.getByLabel("Karlstads kommun")).isChecked();
		assertThat(this.page.getByLabel("Skriftligt")).isChecked();
		assertThat(this.page.getByLabel("Anteckning")).hasValue("Samtycke till samverkan med Filipstad");
		assertAccessible(this.page);
		this.page.getByLabel("Filipstads kommun").check();
		button("Spara samtycke").click();

		assertThat(this.page.getByRole(AriaRole.STATUS)).hasText("Samtycket är registrerat.");
		assertAccessible(this.page);
		assertThat(this.page.locator("table").first()).containsText("Filipstads kommun");
		assertThat(this.page.locator("table").first()).containsText("Karlstads kommun");
	}

	private Locator heading(String name) {
		return this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setLevel(1));
	}

	private Locator button(String name) {
		return this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

}

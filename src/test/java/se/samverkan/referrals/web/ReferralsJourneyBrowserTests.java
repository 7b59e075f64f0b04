package se.samverkan.referrals.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import se.samverkan.individuals.Commands.RecordConsent;
import se.samverkan.individuals.Commands.RegisterPerson;
import se.samverkan.individuals.ConsentForm;
import se.samverkan.individuals.IndividualsManagement;
import se.samverkan.individuals.PersonView;
import se.samverkan.individuals.TestPersons;
import se.samverkan.organisation.Directory;
import se.samverkan.organisation.PrincipalKind;
import se.samverkan.organisation.SignedInStaff;
import se.samverkan.testing.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The whole referral journey in a real browser with two users (R6): LSS Karlstad writes
 * and sends a referral from the person page, BUH finds it in its inbox, acknowledges
 * receipt and accepts it, and the sender sees the decision in the outbox and on the
 * person's timeline. Every page checked against WCAG 2.1 AA (L6).
 */
class ReferralsJourneyBrowserTests extends BrowserTest {

	@Autowired
	IndividualsManagement individuals;

	@Autowired
	Directory directory;

	@Autowired
	Clock clock;

	@Test
	@DisplayName("R6 lss.karlstad sends a referral, buh.personal receives and accepts it, and the sender sees the decision")
	void r6SendReceiveAcceptJourney() {
		String mark = UUID.randomUUID().toString().substring(0, 8);
		PersonView person = consentedChild(mark);
		String name = "Greta Resa" + mark;

		signIn(this.page, "lss.karlstad");
		this.page.navigate("/persons/" + person.id());
		assertAccessible(this.page);
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Skriv vårdbegäran")).click();
		assertThat(this.page).hasURL(Pattern.compile("/referrals/new\\?personId=" + person.id() + "$"));
		assertAccessible(this.page);
		assertThat(this.page.getByText("Vårdbegäran går till Barn- och ungdomshabiliteringen efter personens ålder"))
			.isVisible();
		assertThat(this.page.getByText("Ett gällande samtycke omfattar din huvudman och mottagarens.")).isVisible();
		this.page.getByLabel("Skäl till vårdbegäran").fill("Svårt att kommunicera behov " + mark);
		this.page.getByLabel("Frågeställning").fill("Behövs en bedömning av kommunikationsstöd?");
		this.page.getByLabel("Brådskande").check();
		button(this.page, "Spara och skicka").click();

		assertThat(this.page).hasURL(Pattern.compile("/referrals/[0-9a-f-]{36}$"));
		assertAccessible(this.page);
		assertThat(this.page.getByRole(AriaRole.STATUS)).hasText("Vårdbegäran är skickad.");
		String referralUrl = this.page.url();
		assertThat(this.page.locator("dl.facts")).containsText("Ny");
		assertThat(this.page.locator("dl.facts")).containsText("Brådskande");

		BrowserContext otherContext = this.context.browser()
			.newContext(new Browser.NewContextOptions().setBaseURL(baseUrl())
				.setLocale("sv-SE")
				.setViewportSize(1280, 900));
		try {
			Page buh = otherContext.newPage();
			signIn(buh, "buh.personal");
			assertThat(buh.getByRole(AriaRole.LINK,
					new Page.GetByRoleOptions().setName(Pattern.compile("^Nya vårdbegäranden i inkorgen: [1-9]"))))
				.isVisible();
			buh.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Huvudmeny"))
				.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Remisser"))
				.click();
			assertThat(buh).hasURL(baseUrl() + "/referrals");
			assertAccessible(buh);
			Locator row = buh.locator("tbody tr").filter(new Locator.FilterOptions().setHasText(name));
			assertThat(row).containsText("LSS-verksamheten Karlstad");
			assertThat(row).containsText("Brådskande");
			assertThat(row).containsText("Ny");
			assertThat(row).containsText("i dag");
			row.getByRole(AriaRole.LINK).click();

			assertThat(buh).hasURL(referralUrl);
			assertAccessible(buh);
			assertThat(buh.locator("dl.facts")).containsText("Svårt att kommunicera behov " + mark);
			button(buh, "Kvittera mottagen").click();
			assertAccessible(buh);
			assertThat(buh.getByRole(AriaRole.STATUS)).hasText("Du har kvitterat vårdbegäran som mottagen.");
			assertThat(buh.getByLabel("Anta – en pågående insats öppnas vid er enhet")).isChecked();
			buh.getByLabel("Kommentar").fill("Vi kallar till ett första besök.");
			button(buh, "Spara beslut").click();

			assertThat(buh).hasURL(referralUrl);
			assertAccessible(buh);
			assertThat(buh.getByRole(AriaRole.STATUS))
				.hasText("Vårdbegäran är antagen och en pågående insats är öppnad.");
			assertThat(buh.locator("ol.history")).containsText("Antagen av " + displayNameOf("buh.personal"));
			assertThat(buh.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara beslut"))).hasCount(0);
		}
		finally {
			otherContext.close();
		}

		this.page.navigate("/referrals?box=outbox");
		assertAccessible(this.page);
		assertThat(this.page.locator("tbody tr").filter(new Locator.FilterOptions().setHasText(name)))
			.containsText("Antagen");
		this.page.navigate("/persons/" + person.id());
		assertAccessible(this.page);
		assertThat(this.page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("Vårdbegäran till Barn- och ungdomshabiliteringen, antagen")))
			.isVisible();
		assertThat(this.page.getByText("Insats efter vårdbegäran, Barn- och ungdomshabiliteringen")).isVisible();
	}

	@Test
	@DisplayName("R6 for a person with no consent the form says so, and sending keeps the draft with the reason")
	void r6WithoutConsentTheDraftStays() {
		String mark = UUID.randomUUID().toString().substring(0, 8);
		SignedInStaff lss = this.directory.account("lss.karlstad").orElseThrow();
		PersonView person = this.individuals.register(lss,
				new RegisterPerson(TestPersons.numberBornOn(LocalDate.now(this.clock).minusYears(25)), "Nils",
						"Utan" + mark, lss.principal().id(), false));

		signIn(this.page, "lss.karlstad");
		this.page.navigate("/referrals/new?personId=" + person.id());
		assertAccessible(this.page);
		assertThat(this.page.getByText("Det finns inget gällande samtycke", new Page.GetByTextOptions())).isVisible();
		this.page.getByLabel("Skäl till vårdbegäran").fill("Behöver stöd");
		this.page.getByLabel("Frågeställning").fill("Kan VH bedöma?");
		button(this.page, "Spara och skicka").click();

		assertThat(this.page).hasURL(Pattern.compile("/referrals/[0-9a-f-]{36}$"));
		assertAccessible(this.page);
		assertThat(this.page.getByRole(AriaRole.ALERT)).containsText("sparad som utkast men inte skickad");
		assertThat(this.page.getByRole(AriaRole.ALERT)).containsText("samtycke");
		assertThat(this.page.locator("dl.facts")).containsText("Utkast");
		assertThat(button(this.page, "Skicka vårdbegäran")).isVisible();
	}

	private PersonView consentedChild(String mark) {
		SignedInStaff lss = this.directory.account("lss.karlstad").orElseThrow();
		LocalDate today = LocalDate.now(this.clock);
		PersonView person = this.individuals.register(lss, new RegisterPerson(
				TestPersons.numberBornOn(today.minusYears(10)), "Greta", "Resa" + mark, lss.principal().id(), false));
		UUID region = this.directory.principals(PrincipalKind.REGION).get(0).id();
		this.individuals.recordConsent(lss, person.id(), new RecordConsent(today, ConsentForm.WRITTEN, null,
				List.of(lss.principal().id(), region), null, null, null));
		return person;
	}

	private static Locator button(Page page, String name) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
	}

}

package se.samverkan.meetings.web;

import java.time.LocalDate;
import java.time.ZoneId;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import se.samverkan.meetings.MeetingManagement;
import se.samverkan.meetings.MeetingSchedule;
import se.samverkan.meetings.MeetingViews.MeetingView;
import se.samverkan.organisation.Directory;
import se.samverkan.testing.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Planning a meeting and writing its minutes in a browser (R16, R20), WCAG on every page.
 */
class MeetingsBrowserTests extends BrowserTest {

	@Autowired
	MeetingManagement management;

	@Autowired
	Directory directory;

	@Test
	@DisplayName("R16 R20 a convener plans a steering-group meeting; its agenda starts with the standing item; a member proposes an item")
	void r16ConvenerPlansAMeeting() {
		signIn(this.page, "buh.samordnare");
		this.page.navigate("/meetings");
		assertAccessible(this.page);
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Planera möte")).click();
		assertAccessible(this.page);
		assertThat(heading("Planera möte")).isVisible();

		this.page.getByLabel("Rubrik", new Page.GetByLabelOptions().setExact(true)).fill("Styrgruppens vårmöte");
		this.page.getByLabel("Datum").fill("2037-04-15");
		this.page.getByLabel("Börjar (tt:mm)").fill("09:00");
		this.page.getByLabel("Slutar (tt:mm)").fill("08:00");
		button("Planera mötet").click();
		assertAccessible(this.page);
		assertThat(this.page.getByRole(AriaRole.ALERT)).containsText("Mötet måste sluta efter att det börjar");

		this.page.getByLabel("Slutar (tt:mm)").fill("12:00");
		this.page.getByLabel("Plats (valfritt)").fill("Landstingshuset, Karlstad");
		button("Planera mötet").click();

		assertThat(heading("Styrgruppens vårmöte")).isVisible();
		assertAccessible(this.page);
		assertThat(this.page.getByRole(AriaRole.STATUS)).hasText("Mötet är planerat och inbjudan skickad.");
		assertThat(this.page.locator("#agenda > li").first()).containsText("Information om våra verksamheter");
		String meetingUrl = this.page.url();
		signOut(this.page);

		signIn(this.page, "mar.karlstad");
		this.page.navigate(meetingUrl);
		assertAccessible(this.page);
		this.page.getByLabel("Punktens rubrik").fill("Gråzoner vid skolskjuts");
		// The matter is found by its title from the keyboard; the search swaps only the
		// field of the matter: the item's title stays typed.
		this.page.getByLabel("Sök på ärendets rubrik").fill("remissvar");
		this.page.getByLabel("Sök på ärendets rubrik").press("Enter");
		assertThat(this.page.locator("#matterId-matches")).containsText("Sökningen på ”remissvar” gav");
		assertThat(this.page.getByLabel("Punktens rubrik")).hasValue("Gråzoner vid skolskjuts");
		assertAccessible(this.page);
		this.page.getByLabel("Ärende som punkten gäller (valfritt)")
			.selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Remissvar dröjde sju veckor"));
		button("Lägg till punkt").click();
		assertAccessible(this.page);
		assertThat(this.page.getByRole(AriaRole.STATUS)).hasText("Punkten är tillagd på dagordningen.");
		assertThat(this.page.locator("#agenda > li").nth(1)).containsText("Gråzoner vid skolskjuts");
		assertThat(this.page.locator("#agenda > li").nth(1)).containsText("Ärende: Remissvar dröjde sju veckor");
	}

	@Test
	@DisplayName("R16 a convener writes the minutes and sends them; the attendee approves them, and they are locked")
	void r16MinutesAreWrittenAndApproved() {
		ZoneId zone = ZoneId.of("Europe/Stockholm");
		var start = LocalDate.of(2037, 2, 10).atTime(9, 0).atZone(zone).toInstant();
		MeetingView meeting = this.management.plan(this.directory.account("vh.samordnare").orElseThrow(), null,
				new MeetingSchedule("Protokoll i webbläsaren", start, start.plusSeconds(7200), "Karlstad", null));
		signIn(this.page, "vh.samordnare");
		this.page.navigate("/meetings/" + meeting.id());
		assertAccessible(this.page);
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Skriv protokoll")).click();
		assertAccessible(this.page);

		this.page.getByLabel(displayNameOf("chef.vh")).check();
		this.page.locator("#notes-0").fill("BUH och VH informerade om sina verksamheter.");
		this.page.locator("#outcome-0").selectOption("DECISION");
		this.page.locator("#decisions-0").fill("Informationen skickas till alla parter.");
		button("Spara protokollet").click();
		assertAccessible(this.page);
		assertThat(this.page.getByRole(AriaRole.STATUS)).hasText("Protokollet är sparat som utkast.");

		Locator action = this.page.getByLabel("Åtgärd", new Page.GetByLabelOptions().setExact(true));
		action.fill("Skicka informationen");
		String responsible = displayNameOf("chef.vh") + " (Vuxenhabiliteringen)";
		this.page.getByLabel("Ansvarig")
			.selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(responsible));
		this.page.getByLabel("Klart senast").fill("2037-03-01");
		// The search posts the action unsaved and swaps only the field of the
		// responsible: the one chosen stays chosen, the action stays typed, and the
		// search stays out of the address.
		String minutes = this.page.url();
		this.page.getByLabel("Sök på namn").fill(displayNameOf("vh.samordnare"));
		button("Sök").click();
		assertThat(this.page.locator("#responsibleStaffId-matches")).containsText("en träff");
		assertThat(this.page.locator("#responsibleStaffId option")).hasCount(3);
		assertThat(this.page.getByLabel("Ansvarig").locator("option:checked")).hasText(responsible);
		assertThat(action).hasValue("Skicka informationen");
		assertThat(this.page.getByLabel("Klart senast")).hasValue("2037-03-01");
		assertThat(this.page.locator("#actions")).not().containsText("Skicka informationen");
		assertThat(this.page).hasURL(minutes);
		assertAccessible(this.page);
		// Enter in the action's title adds it: the search has a form of its own.
		action.press("Enter");
		assertAccessible(this.page);
		assertThat(this.page.getByRole(AriaRole.STATUS))
			.hasText("Åtgärden är tillagd och den ansvarige har fått besked.");
		assertThat(this.page.locator("#actions")).containsText("Skicka informationen");

		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tillbaka till mötet")).click();
		assertAccessible(this.page);
		button("Skicka för justering").click();
		assertAccessible(this.page);
		assertThat(this.page.locator("#minutes-status")).hasText("Väntar på justering");
		signOut(this.page);

		signIn(this.page, "chef.vh");
		assertAccessible(this.page);
		this.page.locator("#start-meetings")
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Protokoll i webbläsaren"))
			.click();
		assertAccessible(this.page);
		button("Justera protokollet").click();
		assertAccessible(this.page);
		assertThat(this.page.locator("#minutes-status")).hasText("Justerat");
		assertThat(this.page.locator("#agenda")).containsText("Informationen skickas till alla parter.");
		assertThat(this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Skriv protokoll")))
			.hasCount(0);
	}

	@Test
	@DisplayName("R8 a convener adds a MAR for a municipality, is refused a manager without MAR, and removes the member")
	void r8SteeringGroupPage() {
		signIn(this.page, "buh.samordnare");
		this.page.navigate("/steering-group");
		assertAccessible(this.page);
		assertThat(this.page.locator("#unrepresented")).containsText("Storfors kommun");

		this.page.getByLabel("Person")
			.selectOption(new com.microsoft.playwright.options.SelectOption()
				.setLabel(displayNameOf("chef.storfors") + " (LSS-verksamheten Storfors)"));
		this.page.getByLabel("Företräder verksamhet")
			.selectOption(new com.microsoft.playwright.options.SelectOption()
				.setLabel("LSS-verksamheten Storfors (Storfors kommun)"));
		// The search from the keyboard posts the form unsaved and swaps only the
		// person's field: the person and the unit chosen stay chosen.
		this.page.getByLabel("Sök på namn").fill("mar.storfors");
		this.page.getByLabel("Sök på namn").press("Enter");
		assertThat(this.page.locator("#staffId-matches"))
			.hasText("Sökningen på ”mar.storfors” gav en träff (högst 200 visas).");
		assertThat(this.page.getByLabel("Person").locator("option:checked"))
			.hasText(displayNameOf("chef.storfors") + " (LSS-verksamheten Storfors)");
		assertThat(this.page.getByLabel("Företräder verksamhet").locator("option:checked"))
			.hasText("LSS-verksamheten Storfors (Storfors kommun)");
		assertThat(this.page.getByLabel("Sök på namn")).isFocused();
		assertAccessible(this.page);
		// The unit's search the same way swaps only the unit's field: the unit chosen
		// stays chosen and offered, the person and their search stay.
		this.page.getByLabel("Sök enhet eller huvudman").fill("Kil");
		this.page.getByLabel("Sök enhet eller huvudman").press("Enter");
		assertThat(this.page.locator("#representsUnitId-matches")).containsText("Sökningen på ”Kil” gav");
		assertThat(this.page.getByLabel("Företräder verksamhet").locator("option:checked"))
			.hasText("LSS-verksamheten Storfors (Storfors kommun)");
		assertThat(this.page.getByLabel("Person").locator("option:checked"))
			.hasText(displayNameOf("chef.storfors") + " (LSS-verksamheten Storfors)");
		assertThat(this.page.getByLabel("Sök på namn")).hasValue("mar.storfors");
		assertThat(this.page.getByLabel("Sök enhet eller huvudman")).isFocused();
		assertThat(this.page).hasURL(baseUrl() + "/steering-group");
		assertAccessible(this.page);
		button("Lägg till ledamot").click();
		assertAccessible(this.page);
		assertThat(this.page.locator("#staffId-error")).hasText("Den som företräder en kommun måste ha MAR-funktionen");

		this.page.getByLabel("Person")
			.selectOption(new com.microsoft.playwright.options.SelectOption()
				.setLabel(displayNameOf("mar.storfors") + " (LSS-verksamheten Storfors)"));
		this.page.getByLabel("Företräder verksamhet")
			.selectOption(new com.microsoft.playwright.options.SelectOption()
				.setLabel("LSS-verksamheten Storfors (Storfors kommun)"));
		this.page.getByLabel("Nominerad av MAS/MAR-gruppen den (valfritt)").fill("2026-10-01");
		button("Lägg till ledamot").click();
		assertAccessible(this.page);
		assertThat(this.page.getByRole(AriaRole.STATUS)).hasText("Ledamoten är tillagd.");
		assertThat(this.page.locator("#members")).containsText(displayNameOf("mar.storfors"));
		assertThat(this.page.locator("#unrepresented")).not().containsText("Storfors kommun");

		this.page
			.getByRole(AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName("Ta bort " + displayNameOf("mar.storfors") + " ur styrgruppen"))
			.click();
		assertAccessible(this.page);
		assertThat(this.page.getByRole(AriaRole.STATUS)).hasText("Ledamoten är borttagen.");
		assertThat(this.page.locator("#unrepresented")).containsText("Storfors kommun");
	}

	private Locator heading(String name) {
		return this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setLevel(1));
	}

	private Locator button(String name) {
		return this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

}

package se.samverkan.signin;

import java.util.Set;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.samverkan.organisation.Directory;
import se.samverkan.organisation.OrganisationManagement;
import se.samverkan.organisation.StaffMember;
import se.samverkan.organisation.StaffProfile;
import se.samverkan.testing.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * L9 in a real browser: signing in with SITHS through the region's identity provider (a
 * real OIDC server started by the tests), matched to the account by HSA-id.
 */
class OidcBrowserTests extends BrowserTest {

	@DynamicPropertySource
	static void identityProvider(DynamicPropertyRegistry registry) {
		IdentityProvider.configure(registry);
	}

	@Autowired
	OrganisationManagement management;

	@Autowired
	Directory directory;

	@Test
	@DisplayName("L9 a staff member signs in through the identity provider and lands on the start page")
	void l9SignInThroughTheIdentityProvider() {
		StaffMember member = open();
		String hsaId = "SE2321000016-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		this.management.assignHsaId(member.id(), null, hsaId);
		IdentityProvider.nextSignInIs(hsaId);

		this.page.navigate("/login");
		assertAccessible(this.page);
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Logga in med e-tjänstekort (SITHS)"))
			.click();

		assertThat(this.page).hasURL(baseUrl() + "/");
		assertAccessible(this.page);
		assertThat(this.page.getByRole(AriaRole.HEADING,
				new Page.GetByRoleOptions().setName("Välkommen, " + member.displayName()).setLevel(1)))
			.isVisible();
		signOut(this.page);
	}

	@Test
	@DisplayName("L9 an unknown person gets a clear Swedish page")
	void l9UnknownPersonGetsAClearPage() {
		IdentityProvider.nextSignInIs("SE2321000016-OKAND");

		this.page.navigate("/login");
		assertAccessible(this.page);
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Logga in med e-tjänstekort (SITHS)"))
			.click();

		assertThat(this.page).hasURL(baseUrl() + "/login/refused?reason=unknown");
		assertAccessible(this.page);
		assertThat(this.page.getByRole(AriaRole.ALERT))
			.hasText("Du är inte registrerad i Samverkan. Inget konto har skapats.");
	}

	private StaffMember open() {
		String username = "siths." + UUID.randomUUID().toString().substring(0, 8);
		UUID unit = this.directory.account("buh.personal").orElseThrow().unit().id();
		return this.management.openStaffAccount(username,
				new StaffProfile("Sara Sithsson", null, unit, null, Set.of(), false), SignInTests.PASSWORD);
	}

}

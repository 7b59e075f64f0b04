package se.samverkan.signin;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

import se.samverkan.organisation.Directory;
import se.samverkan.organisation.OrganisationManagement;
import se.samverkan.organisation.StaffMember;
import se.samverkan.organisation.StaffProfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * L9: staff sign in with two factors over open networks. The whole application on a
 * random port with a real OIDC server (the region's identity provider) beside it: form
 * sign-in with one-time codes, throttling and locks, sessions in the database, security
 * headers, the OIDC browser flow and bearer tokens, HTTP Basic without a hash per call.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class SignInTests {

	static final String PASSWORD = "ett-långt-lösenord";

	@DynamicPropertySource
	static void identityProvider(DynamicPropertyRegistry registry) {
		IdentityProvider.configure(registry);
	}

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	OrganisationManagement management;

	@Autowired
	Directory directory;

	@Autowired
	SignInThrottle throttle;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MeterRegistry meters;

	// --- form sign-in and sessions

	@Test
	@DisplayName("static files and the htmx webjar need no sign-in; only their links get the webjar's version")
	void staticResourcesWithoutSignIn(@Autowired ResourceUrlProvider links) throws Exception {
		for (String path : List.of("/css/samverkan.css", "/js/samverkan.js", "/images/favicon.svg",
				"/webjars/htmx.org/dist/htmx.min.js")) {
			this.mvc.perform(get(path)).andExpect(status().isOk());
		}
		assertThat(links.getForLookupPath("/webjars/htmx.org/dist/htmx.min.js"))
			.matches("/webjars/htmx\\.org/\\d[^/]*/dist/htmx\\.min\\.js");
		// A page's link is no resource: not looked up on the classpath at every render.
		assertThat(links.getForLookupPath("/persons/1")).isNull();
	}

	@Test
	@DisplayName("a page is observed once, as a request; sign-ins are observed, each security filter and authorisation not")
	void securityObservesSignInsNotEachFilter() {
		StaffMember member = open("obs");
		Visitor visitor = visitor();
		visitor.signIn(member.username(), PASSWORD);
		assertThat(visitor.get("/").statusCode()).isEqualTo(200);
		assertThat(this.meters.find("http.server.requests").meters()).isNotEmpty();
		assertThat(this.meters.find("spring.security.authentications").meters()).isNotEmpty();
		assertThat(this.meters.find("spring.security.filterchains").meters()).isEmpty();
		assertThat(this.meters.find("spring.security.authorizations").meters()).isEmpty();
	}

	@Test
	@DisplayName("L9 signing in renews the session id and keeps the session in the database with the idle timeout")
	void l9SignInRenewsTheSessionIdAndStoresTheSessionInTheDatabase() {
		StaffMember member = open("sess");
		Visitor visitor = visitor();
		visitor.get("/login");
		String before = visitor.sessionCookie();
		assertThat(before).isNotNull();

		visitor.post("/login", "username", member.username(), "password", PASSWORD);

		assertThat(visitor.path()).isEqualTo("/");
		assertThat(visitor.sessionCookie()).isNotNull().isNotEqualTo(before);
		assertThat(this.jdbc.sql("select max_inactive_interval from spring_session where principal_name = :name")
			.param("name", member.username())
			.query(Integer.class)
			.list()).containsExactly(1800);
	}

	@Test
	@DisplayName("L9 the session cookie is HttpOnly and SameSite=Lax (and Secure over TLS)")
	void l9SessionCookieFlags() {
		Visitor visitor = visitor();
		HttpResponse<String> login = visitor.get("/login");
		String cookie = login.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((value) -> value.startsWith("SESSION="))
			.findFirst()
			.orElseThrow();
		assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure");
	}

	@Test
	@DisplayName("L9 signing out everywhere ends every session of the account")
	void l9SignOutEverywhereEndsEverySession() {
		StaffMember member = open("everywhere");
		Visitor laptop = visitor();
		Visitor phone = visitor();
		laptop.signIn(member.username(), PASSWORD);
		phone.signIn(member.username(), PASSWORD);
		assertThat(phone.path()).isEqualTo("/");

		laptop.get("/account/security");
		laptop.post("/account/security/sign-out-everywhere");

		assertThat(laptop.path()).isEqualTo("/login?everywhere");
		assertThat(laptop.page().select("[role=status]").text()).isEqualTo("Du är utloggad på alla enheter.");
		phone.get("/");
		assertThat(phone.path()).isEqualTo("/login");
		assertThat(this.jdbc.sql("select count(*) from spring_session where principal_name = :name")
			.param("name", member.username())
			.query(Long.class)
			.single()).isZero();
	}

	// --- security headers

	@Test
	@DisplayName("L9 every page and API answer carries the security headers; HSTS over TLS")
	void l9SecurityHeadersOnEveryResponse() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(header().string("Content-Security-Policy", SecurityConfiguration.PAGE_POLICY))
			.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self';")))
			.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Referrer-Policy", "no-referrer"))
			.andExpect(header().doesNotExist("Strict-Transport-Security"));
		this.mvc.perform(get("/api/v1/me"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("Content-Security-Policy", SecurityConfiguration.API_POLICY))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Referrer-Policy", "no-referrer"));
		this.mvc.perform(get("/login").secure(true))
			.andExpect(header().string("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains"));
		this.mvc.perform(get("/api/v1/me").secure(true).with(httpBasic("lss.karlstad", "demo")))
			.andExpect(status().isOk())
			.andExpect(header().string("Strict-Transport-Security", containsString("max-age=31536000")));
	}

	// --- one-time codes

	@Test
	@DisplayName("L9 a local account enrols one-time codes with a QR code and then needs a code at every sign-in; wrong and replayed codes are refused, recovery codes work once")
	void l9OneTimeCodes() throws Exception {
		StaffMember member = open("totp");
		Visitor visitor = visitor();
		visitor.signIn(member.username(), PASSWORD);
		assertThat(visitor.path()).isEqualTo("/");

		String secret = enrol(visitor);
		Document codes = visitor.page();
		assertThat(codes.select("h1").text()).isEqualTo("Reservkoder");
		List<String> recovery = codes.select("ul.recovery-codes code").eachText();
		assertThat(recovery).hasSize(10).allMatch((code) -> code.matches("[a-z2-9]{5}-[a-z2-9]{5}"));
		visitor.signOut();

		// A password alone no longer opens the API: bearer tokens do.
		this.mvc.perform(get("/api/v1/me").with(httpBasic(member.username(), PASSWORD)))
			.andExpect(status().isUnauthorized());

		// Password alone: every page sends to the code page, the account page is closed.
		visitor.signIn(member.username(), PASSWORD);
		assertThat(visitor.path()).isEqualTo("/login/code");
		visitor.get("/persons");
		assertThat(visitor.path()).isEqualTo("/login/code");
		assertThat(visitor.get("/account/security").statusCode()).isEqualTo(403);
		assertThat(visitor.get("/api/v1/me").statusCode()).isEqualTo(401);

		visitor.get("/login/code");
		visitor.post("/login/code", "code", "000000".equals(codeAt(secret, 1)) ? "111111" : "000000");
		assertThat(visitor.page().select("[role=alert]").text())
			.isEqualTo("Koden stämmer inte eller har redan använts. Försök igen med en ny kod.");

		String next = codeAt(secret, 1);
		String before = visitor.sessionCookie();
		visitor.post("/login/code", "code", next);
		assertThat(visitor.path()).isEqualTo("/");
		assertThat(visitor.sessionCookie()).isNotEqualTo(before);
		visitor.signOut();

		// The same code again: refused, it was used.
		visitor.signIn(member.username(), PASSWORD);
		visitor.post("/login/code", "code", next);
		assertThat(visitor.path()).isEqualTo("/login/code");
		assertThat(visitor.page().select("[role=alert]").text()).contains("redan använts");

		visitor.post("/login/code", "code", recovery.get(0));
		assertThat(visitor.path()).isEqualTo("/");
		visitor.get("/account/security");
		assertThat(visitor.page().text()).contains("Oanvända reservkoder: 9");
		visitor.signOut();

		visitor.signIn(member.username(), PASSWORD);
		visitor.post("/login/code", "code", recovery.get(0));
		assertThat(visitor.path()).isEqualTo("/login/code");
	}

	@Test
	@DisplayName("L9 a wrong code at enrolment enrols nothing")
	void l9WrongEnrolmentCodeEnrolsNothing() {
		StaffMember member = open("enrolwrong");
		Visitor visitor = visitor();
		visitor.signIn(member.username(), PASSWORD);
		visitor.get("/account/security");
		visitor.post("/account/security/enrolment");
		visitor.post("/account/security/enrolment/confirmation", "code", "12345");

		assertThat(visitor.page().select("[role=alert]").text()).contains("Koden stämmer inte");
		assertThat(this.jdbc.sql("select count(*) from signin_second_factor where staff_id = :id")
			.param("id", member.id())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	@DisplayName("L9 an administrator removes a lost second factor; others may not")
	void l9AdministratorRemovesASecondFactor() throws Exception {
		StaffMember member = open("lostphone");
		Visitor visitor = visitor();
		visitor.signIn(member.username(), PASSWORD);
		enrol(visitor);

		this.mvc
			.perform(delete("/api/v1/admin/staff/{id}/second-factor", member.id())
				.with(httpBasic("lss.karlstad", "demo")))
			.andExpect(status().isForbidden());
		this.mvc.perform(delete("/api/v1/admin/staff/{id}/second-factor", member.id()).with(httpBasic("admin", "demo")))
			.andExpect(status().isNoContent());
		this.mvc.perform(delete("/api/v1/admin/staff/{id}/second-factor", member.id()).with(httpBasic("admin", "demo")))
			.andExpect(status().isNotFound());

		Visitor again = visitor();
		again.signIn(member.username(), PASSWORD);
		assertThat(again.path()).isEqualTo("/");
	}

	// --- throttling

	@Test
	@DisplayName("L9 repeated failures slow an account down and lock it, with the same answer whether it exists or not")
	void l9FailuresSlowDownWithoutRevealingAccounts() {
		StaffMember member = open("slow");
		String unknown = "ingen." + UUID.randomUUID().toString().substring(0, 8);
		Visitor visitor = visitor();
		List<String> lockedPages = new java.util.ArrayList<>();
		for (String name : List.of(member.username(), unknown)) {
			for (int i = 0; i < 3; i++) {
				visitor.signIn(name, "fel-lösenord-" + i);
				assertThat(visitor.path()).isEqualTo("/login?error");
			}
			// The third failure makes the next try wait a little.
			Instant until = this.throttle.blockedUntil(name, null).orElseThrow();
			assertThat(Duration.between(Instant.now(), until)).isLessThanOrEqualTo(Duration.ofSeconds(2));
			for (int i = 3; i < 10; i++) {
				this.throttle.failed(name, null);
			}
			visitor.signIn(name, PASSWORD);
			assertThat(visitor.path()).isEqualTo("/login?locked");
			lockedPages.add(visitor.page().select("main").html().replaceAll("value=\"[^\"]*\"", ""));
			assertThat(visitor.page().select("[role=alert]").text())
				.isEqualTo("För många misslyckade inloggningar. Vänta en stund och försök igen, "
						+ "eller be en administratör häva spärren.");
		}
		assertThat(lockedPages.get(0)).isEqualTo(lockedPages.get(1));
		assertThat(this.throttle.locks().stream().map(SignInThrottle.Lock::subject)).contains(member.username(),
				unknown);
	}

	@Test
	@DisplayName("L9 an account locked after repeated failures is refused on every channel until an administrator lifts the lock")
	void l9LockedAccountIsRefusedUntilAnAdministratorLiftsIt() throws Exception {
		StaffMember member = open("locked");
		for (int i = 0; i < 10; i++) {
			this.throttle.failed(member.username(), "198.51.100." + i);
		}
		Instant until = this.throttle.blockedUntil(member.username(), null).orElseThrow();
		assertThat(Duration.between(Instant.now(), until)).isBetween(Duration.ofMinutes(14), Duration.ofMinutes(15));

		Visitor visitor = visitor();
		visitor.signIn(member.username(), PASSWORD);
		assertThat(visitor.path()).isEqualTo("/login?locked");
		this.mvc.perform(get("/api/v1/me").with(httpBasic(member.username(), PASSWORD)))
			.andExpect(status().isUnauthorized());

		this.mvc.perform(get("/api/v1/admin/sign-in-locks").with(httpBasic("lss.karlstad", "demo")))
			.andExpect(status().isForbidden());
		String body = this.mvc.perform(get("/api/v1/admin/sign-in-locks").with(httpBasic("admin", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].subject", hasItem(member.username())))
			.andReturn()
			.getResponse()
			.getContentAsString();
		UUID lock = this.throttle.locks()
			.stream()
			.filter((l) -> l.subject().equals(member.username()))
			.findFirst()
			.orElseThrow()
			.id();
		assertThat(body).contains(lock.toString());
		this.mvc.perform(delete("/api/v1/admin/sign-in-locks/{id}", lock).with(httpBasic("lss.karlstad", "demo")))
			.andExpect(status().isForbidden());
		this.mvc.perform(delete("/api/v1/admin/sign-in-locks/{id}", lock).with(httpBasic("admin", "demo")))
			.andExpect(status().isNoContent());

		visitor.signIn(member.username(), PASSWORD);
		assertThat(visitor.path()).isEqualTo("/");
	}

	@Test
	@DisplayName("L9 administrators see the locks on a page and lift them there")
	void l9LocksPage() {
		StaffMember member = open("lockpage");
		for (int i = 0; i < 10; i++) {
			this.throttle.failed(member.username(), null);
		}
		Visitor admin = visitor();
		admin.signIn("admin", "demo");
		admin.get("/admin/sign-in-locks");
		Document page = admin.page();
		assertThat(page.select("h1").text()).isEqualTo("Spärrade inloggningar");
		assertThat(page.select("td").eachText()).contains(member.username(), "Konto");
		String action = page.select("tr:contains(" + member.username() + ") form").attr("action");

		admin.post(action);

		assertThat(admin.page().select(".flash").text()).isEqualTo("Spärren är hävd.");
		assertThat(this.throttle.blockedUntil(member.username(), null)).isEmpty();

		Visitor staff = visitor();
		staff.signIn("lss.karlstad", "demo");
		assertThat(staff.get("/admin/sign-in-locks").statusCode()).isEqualTo(403);
	}

	@Test
	@DisplayName("L9 many failures from one client address lock that address for every account name")
	void l9ClientAddressIsLocked() {
		String address = "203.0.113." + (int) (Math.random() * 200);
		for (int i = 0; i < 50; i++) {
			this.throttle.failed("gissning" + i, address);
		}
		assertThat(this.throttle.blockedUntil("lss.karlstad", address)).isPresent();
		assertThat(this.throttle.blockedUntil("lss.karlstad", "192.0.2.1")).isEmpty();
		assertThat(this.throttle.locks())
			.anyMatch((lock) -> lock.kind().equals("ADDRESS") && lock.subject().equals(address));
	}

	// --- HTTP Basic without a hash per call

	@Test
	@DisplayName("Repeated HTTP Basic calls compute the adaptive hash once; a new password, deactivation or a lock end it")
	void basicCredentialsAreVerifiedOnce() throws Exception {
		StaffMember member = open("basic");
		double start = hashes();
		this.mvc.perform(get("/api/v1/me").with(httpBasic(member.username(), PASSWORD))).andExpect(status().isOk());
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(get("/api/v1/me").with(httpBasic(member.username(), PASSWORD)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.username").value(member.username()));
		}
		assertThat(hashes() - start).isEqualTo(1);

		// A wrong password is never remembered.
		this.mvc.perform(get("/api/v1/me").with(httpBasic(member.username(), "fel-lösenord-x")))
			.andExpect(status().isUnauthorized());
		assertThat(hashes() - start).isEqualTo(2);

		this.management.setPassword(member.id(), "ett-nytt-långt-lösenord");
		this.mvc.perform(get("/api/v1/me").with(httpBasic(member.username(), PASSWORD)))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/v1/me").with(httpBasic(member.username(), "ett-nytt-långt-lösenord")))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/me").with(httpBasic(member.username(), "ett-nytt-långt-lösenord")))
			.andExpect(status().isOk());
		assertThat(hashes() - start).isEqualTo(4);

		this.management.deactivate(member.id(), null);
		this.mvc.perform(get("/api/v1/me").with(httpBasic(member.username(), "ett-nytt-långt-lösenord")))
			.andExpect(status().isUnauthorized());
	}

	@Test
	@DisplayName("L9 a lock ends remembered HTTP Basic credentials at once")
	void lockEndsRememberedCredentials() throws Exception {
		StaffMember member = open("basiclock");
		this.mvc.perform(get("/api/v1/me").with(httpBasic(member.username(), PASSWORD))).andExpect(status().isOk());
		for (int i = 0; i < 10; i++) {
			this.throttle.failed(member.username(), null);
		}
		this.mvc.perform(get("/api/v1/me").with(httpBasic(member.username(), PASSWORD)))
			.andExpect(status().isUnauthorized());
	}

	// --- passwords

	@Test
	@DisplayName("L9 common passwords are refused for local accounts")
	void l9CommonPasswordsAreRefused() throws Exception {
		StaffMember member = open("commonpw");
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.put("/api/v1/admin/staff/{id}/password", member.id())
				.with(httpBasic("admin", "demo"))
				.contentType("application/json")
				.content("{\"password\":\"Sommar2024!!\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("validation-failed"))
			.andExpect(
					jsonPath("$.detail").value("Lösenordet är för vanligt eller för lätt att gissa. Välj ett annat."));
	}

	// --- OIDC: browser flow and bearer tokens

	@Test
	@DisplayName("L9 a staff member signs in through the identity provider, matched to their account by HSA-id")
	void l9OidcSignInByHsaId() {
		StaffMember member = open("oidc");
		String hsaId = hsaId();
		this.management.assignHsaId(member.id(), null, hsaId);
		Visitor visitor = visitor();
		visitor.get("/login");
		assertThat(visitor.page().select("a[href$=/oauth2/authorization/oidc]").text())
			.isEqualTo("Logga in med e-tjänstekort (SITHS)");

		IdentityProvider.nextSignInIs(hsaId);
		visitor.get("/oauth2/authorization/oidc");

		assertThat(visitor.path()).isEqualTo("/");
		assertThat(visitor.page().select("h1").text()).isEqualTo("Välkommen, " + member.displayName());
		assertThat(this.jdbc.sql("select count(*) from spring_session where principal_name = :name")
			.param("name", member.username())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	@DisplayName("L9 an unknown person gets a clear Swedish page and no account is created")
	void l9OidcUnknownPersonIsRefused() {
		long accounts = this.jdbc.sql("select count(*) from staff").query(Long.class).single();
		Visitor visitor = visitor();
		IdentityProvider.nextSignInIs(hsaId());
		visitor.get("/oauth2/authorization/oidc");

		assertThat(visitor.path()).isEqualTo("/login/refused?reason=unknown");
		assertThat(visitor.page().select("h1").text()).isEqualTo("Inloggningen nekades");
		assertThat(visitor.page().select("[role=alert]").text())
			.isEqualTo("Du är inte registrerad i Samverkan. Inget konto har skapats.");
		assertThat(this.jdbc.sql("select count(*) from staff").query(Long.class).single()).isEqualTo(accounts);
		visitor.get("/");
		assertThat(visitor.path()).isEqualTo("/login");
	}

	@Test
	@DisplayName("L9 a deactivated account is refused by the identity provider flow")
	void l9OidcDeactivatedAccountIsRefused() {
		StaffMember member = open("oidcoff");
		String hsaId = hsaId();
		this.management.assignHsaId(member.id(), null, hsaId);
		this.management.deactivate(member.id(), null);
		Visitor visitor = visitor();
		IdentityProvider.nextSignInIs(hsaId);
		visitor.get("/oauth2/authorization/oidc");

		assertThat(visitor.path()).isEqualTo("/login/refused?reason=deactivated");
		assertThat(visitor.page().select("[role=alert]").text()).isEqualTo("Ditt konto i Samverkan är inaktiverat.");
	}

	@Test
	@DisplayName("L9 API clients use bearer tokens of the same issuer, matched by HSA-id")
	void l9BearerTokens() throws Exception {
		StaffMember member = open("bearer");
		String hsaId = hsaId();
		this.management.assignHsaId(member.id(), null, hsaId);

		this.mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + IdentityProvider.apiToken(hsaId)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value(member.username()));
		// Expired.
		this.mvc
			.perform(get("/api/v1/me").header("Authorization", "Bearer "
					+ IdentityProvider.token(IdentityProvider.ISSUER, hsaId, IdentityProvider.API_AUDIENCE, -3600)))
			.andExpect(status().isUnauthorized());
		// Wrong audience (e.g. a token meant for another system).
		this.mvc
			.perform(get("/api/v1/me").header("Authorization",
					"Bearer " + IdentityProvider.token(IdentityProvider.ISSUER, hsaId, "another-system", 3600)))
			.andExpect(status().isUnauthorized());
		// Another issuer.
		this.mvc
			.perform(get("/api/v1/me").header("Authorization",
					"Bearer " + IdentityProvider.token("elsewhere", hsaId, IdentityProvider.API_AUDIENCE, 3600)))
			.andExpect(status().isUnauthorized());
		// Unknown HSA-id.
		this.mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + IdentityProvider.apiToken(hsaId())))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.code").value("unauthorized"));
		// Not a token at all.
		this.mvc.perform(get("/api/v1/me").header("Authorization", "Bearer not-a-token"))
			.andExpect(status().isUnauthorized());
		// Deactivated.
		this.management.deactivate(member.id(), null);
		this.mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + IdentityProvider.apiToken(hsaId)))
			.andExpect(status().isUnauthorized());
	}

	@Test
	@DisplayName("L9 a bearer token reaches administrator endpoints only for administrators")
	void l9BearerTokenRoles() throws Exception {
		StaffMember member = open("bearerrole");
		String hsaId = hsaId();
		this.management.assignHsaId(member.id(), null, hsaId);
		this.mvc
			.perform(get("/api/v1/admin/sign-in-locks").header("Authorization",
					"Bearer " + IdentityProvider.apiToken(hsaId)))
			.andExpect(status().isForbidden());
	}

	@Test
	@DisplayName("Two accounts never share an HSA-id")
	void hsaIdIsUnique() throws Exception {
		StaffMember one = open("hsaone");
		StaffMember two = open("hsatwo");
		String hsaId = hsaId();
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.put("/api/v1/admin/staff/{id}/hsa-id", one.id())
				.with(httpBasic("admin", "demo"))
				.contentType("application/json")
				.content("{\"hsaId\":\"" + hsaId + "\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.hsaId").value(hsaId));
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.put("/api/v1/admin/staff/{id}/hsa-id", two.id())
				.with(httpBasic("admin", "demo"))
				.contentType("application/json")
				.content("{\"hsaId\":\"" + hsaId + "\"}"))
			.andExpect(status().isConflict());
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.put("/api/v1/admin/staff/{id}/hsa-id", two.id())
				.with(httpBasic("lss.karlstad", "demo"))
				.contentType("application/json")
				.content("{\"hsaId\":\"SE999\"}"))
			.andExpect(status().isForbidden());
	}

	// --- helpers

	private String enrol(Visitor visitor) {
		visitor.get("/account/security");
		visitor.post("/account/security/enrolment");
		Document page = visitor.page();
		assertThat(page.select("h1").text()).isEqualTo("Aktivera tvåstegsverifiering");
		assertThat(page.select("img.qr-code").attr("src")).startsWith("data:image/png;base64,");
		assertThat(page.select("img.qr-code").attr("alt")).isNotBlank();
		String secret = page.select("code.secret").text().replace(" ", "");
		visitor.post("/account/security/enrolment/confirmation", "code", codeAt(secret, 0));
		return secret;
	}

	static String codeAt(String secret, int stepsAhead) {
		return Totp.code(Totp.fromBase32(secret), Totp.step(Instant.now()) + stepsAhead, 6, "HmacSHA1");
	}

	private double hashes() {
		return this.meters.get("samverkan.signin.password.hashes").tag("channel", "api").counter().count();
	}

	private Visitor visitor() {
		return new Visitor("http://localhost:" + this.port);
	}

	private StaffMember open(String prefix) {
		String username = prefix + "." + UUID.randomUUID().toString().substring(0, 8);
		UUID unit = this.directory.account("lss.karlstad").orElseThrow().unit().id();
		return this.management.openStaffAccount(username,
				new StaffProfile("Test " + prefix, username + "@example.org", unit, null, Set.of(), false), PASSWORD);
	}

	private static String hsaId() {
		return "SE2321000016-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
	}

}

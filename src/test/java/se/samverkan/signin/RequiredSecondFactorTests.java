package se.samverkan.signin;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import se.samverkan.organisation.Directory;
import se.samverkan.organisation.OrganisationManagement;
import se.samverkan.organisation.StaffMember;
import se.samverkan.organisation.StaffProfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * L9 as production has it: every local account must have a second factor. (Outside the
 * demo this is the default; here it is switched on explicitly.)
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "samverkan.signin.second-factor=required")
@AutoConfigureMockMvc
class RequiredSecondFactorTests {

	@LocalServerPort
	int port;

	@Autowired
	OrganisationManagement management;

	@Autowired
	Directory directory;

	@Autowired
	MockMvc mvc;

	@Test
	@DisplayName("L9 in production a local account without a second factor must enrol one before anything else")
	void l9ProductionRequiresEnrolmentBeforeAnythingElse() {
		StaffMember member = open();
		Visitor visitor = new Visitor("http://localhost:" + this.port);

		visitor.signIn(member.username(), SignInTests.PASSWORD);

		assertThat(visitor.path()).isEqualTo("/account/security");
		assertThat(visitor.page().select("[role=alert]").text())
			.isEqualTo("Ditt konto måste ha tvåstegsverifiering. Aktivera den innan du fortsätter.");
		visitor.get("/persons");
		assertThat(visitor.path()).isEqualTo("/account/security");

		visitor.post("/account/security/enrolment");
		String secret = visitor.page().select("code.secret").text().replace(" ", "");
		visitor.post("/account/security/enrolment/confirmation", "code", SignInTests.codeAt(secret, 0));
		assertThat(visitor.page().select("h1").text()).isEqualTo("Reservkoder");
		visitor.get("/persons");
		assertThat(visitor.path()).isEqualTo("/persons");

		// It cannot be turned off.
		visitor.get("/account/security");
		assertThat(visitor.page().select("form[action$=/account/security/removal]")).isEmpty();
		visitor.post("/account/security/removal", "code", SignInTests.codeAt(secret, 1));
		assertThat(visitor.page().select("[role=alert]").text())
			.isEqualTo("Tvåstegsverifiering krävs för alla konton och kan inte tas bort.");
		visitor.signOut();

		visitor.signIn(member.username(), SignInTests.PASSWORD);
		assertThat(visitor.path()).isEqualTo("/login/code");
	}

	@Test
	@DisplayName("L9 in production HTTP Basic with a password alone is refused: API clients use bearer tokens")
	void l9ProductionRefusesPasswordOnlyApiCalls() throws Exception {
		StaffMember member = open();
		this.mvc.perform(get("/api/v1/me").with(httpBasic(member.username(), SignInTests.PASSWORD)))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/v1/me").with(httpBasic("admin", "demo"))).andExpect(status().isUnauthorized());
	}

	private StaffMember open() {
		String username = "prod." + UUID.randomUUID().toString().substring(0, 8);
		UUID unit = this.directory.account("lss.karlstad").orElseThrow().unit().id();
		return this.management.openStaffAccount(username,
				new StaffProfile("Prod Testsson", null, unit, null, Set.of(), false), SignInTests.PASSWORD);
	}

}

package se.samverkan.organisation;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * A production start refuses known demo passwords (L9): here the demo database, started
 * as production would be, must not come up.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ProductionStartTests {

	@Autowired
	Staff staff;

	@Autowired
	Principals principals;

	@Autowired
	Units units;

	@Autowired
	PasswordEncoder passwords;

	@Test
	@DisplayName("L9 the production start refuses accounts that still have the demo password")
	void l9ProductionStartRefusesDemoPasswords() {
		MockEnvironment production = new MockEnvironment();
		production.setActiveProfiles("prod");
		FirstAdministrator start = new FirstAdministrator(this.staff, this.principals, this.units, this.passwords,
				production, new FirstAdministrator.Settings("admin", "ett-långt-lösenord", null));

		assertThatIllegalStateException().isThrownBy(() -> start.run(null))
			.withMessageContaining("still have the demo password")
			.withMessageContaining("admin")
			.withMessageContaining("lss.karlstad");
	}

}

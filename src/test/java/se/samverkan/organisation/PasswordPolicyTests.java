package se.samverkan.organisation;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import se.samverkan.shared.DomainException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a local account's password must be (L9). */
class PasswordPolicyTests {

	@Test
	@DisplayName("L9 short, over-long, common, guessable passwords and the user name are refused")
	void l9WeakPasswordsAreRefused() {
		assertRefused("kort-lösen", "error.password-too-short");
		assertRefused("x".repeat(73), "error.password-too-long");
		assertRefused("password1234", "error.password-too-common");
		assertRefused("Sommar2024!!", "error.password-too-common");
		assertRefused("Lösenord12345678", "error.password-too-common");
		assertRefused("SAMVERKAN2026", "error.password-too-common");
		assertRefused("aaaaaaaaaaaaaa", "error.password-too-common");
		assertRefused("ababababababab", "error.password-too-common");
		assertThatThrownBy(() -> PasswordPolicy.check("lss.karlstad-2027", "lss.karlstad")).isInstanceOfSatisfying(
				DomainException.class, (ex) -> assertThat(ex.messageKey()).isEqualTo("error.password-too-common"));
	}

	@Test
	@DisplayName("L9 a long, uncommon password is accepted")
	void l9GoodPasswordsAreAccepted() {
		PasswordPolicy.check("ett-långt-lösenord", "lss.karlstad");
		PasswordPolicy.check("Klarälven flyter söderut 7", null);
	}

	private static void assertRefused(String password, String key) {
		assertThatThrownBy(() -> PasswordPolicy.check(password, null)).isInstanceOfSatisfying(DomainException.class,
				(ex) -> assertThat(ex.messageKey()).isEqualTo(key));
	}

}

package se.samverkan.signin;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The factors of a sign-in as Spring Security's {@link FactorGrantedAuthority}: a local
 * account that needs a one-time code carries a marker until the code adds {@value #TOTP};
 * Spring Security's multi-factor authorisation then asks for it.
 */
final class Factors {

	/** The factor a one-time code (or a recovery code) adds. */
	static final String TOTP = "FACTOR_TOTP";

	/** Marker: the account has a second factor and must give a code. */
	static final String CODE_REQUIRED = "SIGNIN_CODE_REQUIRED";

	/** Marker: the account must enrol a second factor before anything else. */
	static final String ENROLMENT_REQUIRED = "SIGNIN_ENROLMENT_REQUIRED";

	private Factors() {
	}

	static boolean has(Authentication authentication, String authority) {
		return authentication != null && authentication.getAuthorities()
			.stream()
			.anyMatch((granted) -> authority.equals(granted.getAuthority()));
	}

	/**
	 * @return whether this sign-in still needs a one-time code
	 */
	static boolean secondFactorPending(Authentication authentication) {
		return has(authentication, CODE_REQUIRED) || has(authentication, ENROLMENT_REQUIRED);
	}

	static List<GrantedAuthority> with(Collection<? extends GrantedAuthority> authorities, String... more) {
		List<GrantedAuthority> all = new ArrayList<>(authorities);
		for (String authority : more) {
			all.add(authority.startsWith("FACTOR_") ? FactorGrantedAuthority.fromAuthority(authority)
					: new SimpleGrantedAuthority(authority));
		}
		return all;
	}

}

package se.samverkan.signin;

import java.util.Map;
import java.util.Optional;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.stereotype.Component;

import se.samverkan.organisation.Directory;
import se.samverkan.organisation.SignedInStaff;

/**
 * Matches a person signed in by the OIDC identity provider (SITHS through the region's
 * login service) to their account: by the HSA-id in the configured claim, or by user
 * name. An unknown person is refused (no account is ever created on the way), and so is a
 * deactivated account. The browser flow and bearer tokens of the API use the same rule.
 */
@Component
class IdentityProviderAccounts {

	/** OAuth 2.0 error code: nobody in Samverkan has this HSA-id or user name. */
	static final String UNKNOWN = "samverkan_unknown_staff";

	/** OAuth 2.0 error code: the account is deactivated. */
	static final String DEACTIVATED = "samverkan_account_deactivated";

	private final Directory directory;

	private final SignInSettings.Oidc settings;

	IdentityProviderAccounts(Directory directory, SignInSettings settings) {
		this.directory = directory;
		this.settings = settings.oidc();
	}

	/**
	 * @return the active account the claims name
	 * @throws OAuth2AuthenticationException {@value #UNKNOWN} or {@value #DEACTIVATED}
	 */
	SignedInStaff account(Map<String, Object> claims) {
		Object value = claims.get(this.settings.claim());
		String identity = (value != null) ? value.toString().strip() : "";
		Optional<SignedInStaff> staff = identity.isEmpty() ? Optional.empty() : this.settings.byUsername()
				? this.directory.account(identity) : this.directory.accountByHsaId(identity);
		if (staff.isEmpty()) {
			throw new OAuth2AuthenticationException(new OAuth2Error(UNKNOWN, "No account for this person", null));
		}
		if (!staff.get().isEnabled()) {
			throw new OAuth2AuthenticationException(new OAuth2Error(DEACTIVATED, "Account deactivated", null));
		}
		staff.get().eraseCredentials();
		return staff.get();
	}

	/** The user service of the browser flow: the OIDC user carries the account. */
	OidcUserService userService() {
		OidcUserService delegate = new OidcUserService();
		return new OidcUserService() {
			@Override
			public OidcUser loadUser(OidcUserRequest request) {
				OidcUser user = delegate.loadUser(request);
				return new StaffOidcUser(user, account(user.getClaims()));
			}
		};
	}

	/** Bearer tokens of the API: the token's claims name the account. */
	Converter<Jwt, AbstractAuthenticationToken> bearerTokens() {
		return (jwt) -> {
			SignedInStaff staff;
			try {
				staff = account(jwt.getClaims());
			}
			catch (OAuth2AuthenticationException ex) {
				throw new InvalidBearerTokenException(ex.getError().getDescription());
			}
			return UsernamePasswordAuthenticationToken.authenticated(staff, null,
					Factors.with(staff.getAuthorities(), FactorGrantedAuthority.BEARER_AUTHORITY));
		};
	}

	/** The identity provider's user with the account it was matched to. */
	static final class StaffOidcUser extends DefaultOidcUser {

		private static final long serialVersionUID = 1L;

		private final SignedInStaff staff;

		StaffOidcUser(OidcUser user, SignedInStaff staff) {
			super(user.getAuthorities(), user.getIdToken(), user.getUserInfo());
			this.staff = staff;
		}

		SignedInStaff staff() {
			return this.staff;
		}

		@Override
		public String getName() {
			return this.staff.getUsername();
		}

	}

}

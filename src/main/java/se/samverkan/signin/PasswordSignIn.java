package se.samverkan.signin;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import se.samverkan.organisation.Directory;
import se.samverkan.organisation.SignedInStaff;

/**
 * User name and password of a local account, throttled (too many failures slow down and
 * then lock, the same answer whether the account exists or not). For the sign-in form it
 * marks accounts that still need their one-time code; for HTTP Basic on the API it
 * refuses accounts with a second factor (a password alone is not enough) and remembers
 * verified credentials for a short while, keyed by a SHA-256 of them, so that an
 * integrator's calls do not each compute the adaptive hash. A remembered entry holds the
 * password hash it was verified against: a changed password, a deactivated account or a
 * lock (all read from the database on every call, so on every instance) ends it. The
 * lock, the account and its second factor are read in one read-only transaction: an
 * integrator's call then costs one round of reads before its own work.
 */
class PasswordSignIn implements AuthenticationProvider {

	private static final int MAX_REMEMBERED = 10_000;

	private final Directory directory;

	private final PasswordEncoder passwords;

	private final SignInThrottle throttle;

	private final SecondFactors secondFactors;

	private final Clock clock;

	private final boolean api;

	private final java.time.Duration rememberFor;

	private final Counter hashes;

	private final Map<String, Verified> verified = new ConcurrentHashMap<>();

	private final String dummyHash;

	private final TransactionTemplate reads;

	/**
	 * @param dummyHash a hash of no one's password, checked for an unknown user name so
	 * that the answer takes as long as for a known one
	 */
	PasswordSignIn(Directory directory, PasswordEncoder passwords, String dummyHash, SignInThrottle throttle,
			SecondFactors secondFactors, Clock clock, SignInSettings settings, MeterRegistry meters,
			PlatformTransactionManager transactions, boolean api) {
		this.directory = directory;
		this.passwords = passwords;
		this.throttle = throttle;
		this.secondFactors = secondFactors;
		this.clock = clock;
		this.api = api;
		this.rememberFor = settings.api().credentialsCacheTtl();
		this.hashes = Counter.builder("samverkan.signin.password.hashes")
			.description("Adaptive password hashes computed to check a sign-in")
			.tag("channel", api ? "api" : "form")
			.register(meters);
		this.dummyHash = dummyHash;
		this.reads = new TransactionTemplate(transactions);
		this.reads.setReadOnly(true);
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String username = authentication.getName();
		String password = (authentication.getCredentials() != null) ? authentication.getCredentials().toString() : "";
		String address = (authentication.getDetails() instanceof WebAuthenticationDetails details)
				? details.getRemoteAddress() : null;
		Account account = this.reads.execute((status) -> account(username, address));
		if (account.blocked()) {
			throw new SignInThrottledException();
		}
		String key = this.api ? SecondFactors.sha256(username + '\u0000' + password) : null;
		SignedInStaff staff = account.staff();
		if (key != null && staff != null && staff.isEnabled()) {
			Verified remembered = this.verified.get(key);
			if (remembered != null && remembered.expires().isAfter(this.clock.instant())
					&& remembered.passwordHash().equals(staff.getPassword())) {
				refuseWithoutSecondFactor(account);
				return signedIn(account, authentication);
			}
		}
		this.hashes.increment();
		String hash = (staff != null && staff.getPassword() != null) ? staff.getPassword() : this.dummyHash;
		boolean matches = this.passwords.matches(password, hash);
		if (staff == null || !matches || !staff.isEnabled()) {
			// A deactivated account gets the same answer as a wrong password.
			this.throttle.failed(username, address);
			throw new BadCredentialsException("Bad credentials");
		}
		this.throttle.succeeded(username);
		refuseWithoutSecondFactor(account);
		if (key != null) {
			if (this.verified.size() >= MAX_REMEMBERED) {
				this.verified.clear();
			}
			this.verified.put(key, new Verified(staff.getPassword(), this.clock.instant().plus(this.rememberFor)));
		}
		return signedIn(account, authentication);
	}

	private Account account(String username, String address) {
		if (this.throttle.blockedUntil(username, address).isPresent()) {
			return new Account(true, null, false);
		}
		SignedInStaff staff = this.directory.account(username).orElse(null);
		return new Account(false, staff, (staff != null) && this.secondFactors.enrolled(staff.staffId()));
	}

	/**
	 * HTTP Basic carries a password only: an account that has (or, in production, must
	 * have) a second factor signs in to the API with a bearer token of the identity
	 * provider instead, so that a password alone never reaches personal data (L9).
	 */
	private void refuseWithoutSecondFactor(Account account) {
		if (this.api && (this.secondFactors.requiredForEveryone() || account.secondFactor())) {
			throw new BadCredentialsException("A password alone is not enough for this account");
		}
	}

	/** Forgets every remembered credential, e.g. after an account changed. */
	void forget() {
		this.verified.clear();
	}

	private Authentication signedIn(Account account, Authentication request) {
		SignedInStaff staff = account.staff();
		List<GrantedAuthority> authorities = new ArrayList<>(staff.getAuthorities());
		authorities.add(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY));
		if (!this.api) {
			if (account.secondFactor()) {
				authorities = Factors.with(authorities, Factors.CODE_REQUIRED);
			}
			else if (this.secondFactors.requiredForEveryone()) {
				authorities = Factors.with(authorities, Factors.ENROLMENT_REQUIRED);
			}
		}
		UsernamePasswordAuthenticationToken result = UsernamePasswordAuthenticationToken.authenticated(staff, null,
				authorities);
		result.setDetails(request.getDetails());
		return result;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	private record Verified(String passwordHash, Instant expires) {
	}

	/**
	 * What a sign-in reads before it checks the password: a lock, the account, its second
	 * factor.
	 */
	private record Account(boolean blocked, SignedInStaff staff, boolean secondFactor) {
	}

	/** Too many failed sign-ins: wait, or ask an administrator to lift the lock. */
	static class SignInThrottledException extends AccountStatusException {

		SignInThrottledException() {
			super("Too many failed sign-ins");
		}

	}

}

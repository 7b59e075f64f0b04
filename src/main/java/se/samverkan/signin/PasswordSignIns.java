package se.samverkan.signin;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.context.event.EventListener;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

import se.samverkan.organisation.Directory;
import se.samverkan.organisation.StaffAccountChanged;

/**
 * The two ways a local account signs in with its password: the form (which then asks for
 * the one-time code) and HTTP Basic on the API (which remembers verified credentials).
 */
@Component
class PasswordSignIns {

	private final PasswordSignIn form;

	private final PasswordSignIn api;

	PasswordSignIns(Directory directory, PasswordEncoder passwords, SignInThrottle throttle,
			SecondFactors secondFactors, Clock clock, SignInSettings settings, MeterRegistry meters,
			PlatformTransactionManager transactions) {
		// An adaptive hash takes a tenth of a second or more: one for both, not one each
		// at start-up.
		String dummyHash = passwords.encode("not-a-password-of-anyone");
		this.form = new PasswordSignIn(directory, passwords, dummyHash, throttle, secondFactors, clock, settings,
				meters, transactions, false);
		this.api = new PasswordSignIn(directory, passwords, dummyHash, throttle, secondFactors, clock, settings, meters,
				transactions, true);
	}

	PasswordSignIn form() {
		return this.form;
	}

	PasswordSignIn api() {
		return this.api;
	}

	/**
	 * Any change to an account (password, deactivation) ends what this instance
	 * remembers; other instances notice the changed hash or state in the database.
	 */
	@EventListener
	void on(StaffAccountChanged changed) {
		this.api.forget();
	}

}

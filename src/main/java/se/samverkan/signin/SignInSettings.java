package se.samverkan.signin;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code samverkan.signin.*}: how strict signing in is.
 *
 * @param secondFactor {@code auto} (the default: required for every local account outside
 * the demo), {@code required} or {@code optional} (only accounts that enrolled one are
 * asked for a code)
 * @param throttle failed sign-ins before slowing down and locking
 * @param session the absolute lifetime of a session (the idle timeout is
 * {@code server.servlet.session.timeout})
 * @param oidc which claim of the identity provider's token names the staff member
 * @param api how long verified HTTP Basic credentials are remembered
 */
@ConfigurationProperties("samverkan.signin")
record SignInSettings(String secondFactor, Throttle throttle, Session session, Oidc oidc, Api api) {

	SignInSettings {
		secondFactor = (secondFactor == null || secondFactor.isBlank()) ? "auto" : secondFactor;
		throttle = (throttle != null) ? throttle : new Throttle(0, 0, 0, null, null);
		session = (session != null) ? session : new Session(null);
		oidc = (oidc != null) ? oidc : new Oidc(null, null);
		api = (api != null) ? api : new Api(null);
	}

	/**
	 * @param slowAfter failures of one account after which each further try waits (2, 4,
	 * 8… seconds)
	 * @param lockAfter failures of one account that lock it for {@code lockPeriod}
	 * @param addressLockAfter failures from one client address that lock it
	 * @param lockPeriod how long a lock lasts
	 * @param window failures older than this are forgotten
	 */
	record Throttle(int slowAfter, int lockAfter, int addressLockAfter, Duration lockPeriod, Duration window) {

		Throttle {
			slowAfter = (slowAfter > 0) ? slowAfter : 3;
			lockAfter = (lockAfter > 0) ? lockAfter : 10;
			addressLockAfter = (addressLockAfter > 0) ? addressLockAfter : 50;
			lockPeriod = (lockPeriod != null) ? lockPeriod : Duration.ofMinutes(15);
			window = (window != null) ? window : Duration.ofHours(1);
		}

	}

	/**
	 * @param absoluteLifetime a session ends this long after sign-in, however active
	 */
	record Session(Duration absoluteLifetime) {

		Session {
			absoluteLifetime = (absoluteLifetime != null) ? absoluteLifetime : Duration.ofHours(10);
		}

	}

	/**
	 * @param claim the claim that carries the HSA-id or user name (default
	 * {@code hsa_id})
	 * @param matchBy {@code hsa-id} (the default: the claim is matched to the account's
	 * HSA-id) or {@code username}
	 */
	record Oidc(String claim, String matchBy) {

		Oidc {
			claim = (claim == null || claim.isBlank()) ? "hsa_id" : claim;
			matchBy = (matchBy == null || matchBy.isBlank()) ? "hsa-id" : matchBy;
		}

		boolean byUsername() {
			return "username".equalsIgnoreCase(this.matchBy);
		}

	}

	/**
	 * @param credentialsCacheTtl how long verified Basic credentials skip the hash
	 */
	record Api(Duration credentialsCacheTtl) {

		Api {
			credentialsCacheTtl = (credentialsCacheTtl != null) ? credentialsCacheTtl : Duration.ofMinutes(5);
		}

	}

}

package se.samverkan.signin;

import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import se.samverkan.shared.NotFoundException;

/**
 * {@code /api/v1/admin/sign-in-locks}: the locks in force (account names and client
 * addresses), lifted by an administrator; {@code /api/v1/admin/staff/{id}/second-factor}:
 * removes a staff member's second factor (a lost phone), so that they enrol a new one.
 */
@RestController
class SignInLocksApi {

	private final SignInThrottle throttle;

	private final SecondFactors secondFactors;

	SignInLocksApi(SignInThrottle throttle, SecondFactors secondFactors) {
		this.throttle = throttle;
		this.secondFactors = secondFactors;
	}

	@GetMapping("/api/v1/admin/sign-in-locks")
	Locks locks() {
		return new Locks(this.throttle.locks());
	}

	@DeleteMapping("/api/v1/admin/sign-in-locks/{id}")
	ResponseEntity<Void> lift(@PathVariable UUID id, Authentication authentication) {
		if (!this.throttle.lift(id, authentication.getName())) {
			throw new NotFoundException();
		}
		return ResponseEntity.noContent().build();
	}

	@DeleteMapping("/api/v1/admin/staff/{id}/second-factor")
	ResponseEntity<Void> removeSecondFactor(@PathVariable UUID id, Authentication authentication) {
		if (!this.secondFactors.enrolled(id)) {
			throw new NotFoundException();
		}
		this.secondFactors.remove(id, authentication.getName());
		return ResponseEntity.noContent().build();
	}

	/** The locks in force, newest first. */
	record Locks(List<SignInThrottle.Lock> items) {
	}

}

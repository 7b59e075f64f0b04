package se.samverkan.shared;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is making a change, for the audit trail: the signed-in username or {@code system}.
 */
public final class Actor {

	public static final String SYSTEM = "system";

	private Actor() {
	}

	public static String current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.isAuthenticated()) ? authentication.getName() : SYSTEM;
	}

}

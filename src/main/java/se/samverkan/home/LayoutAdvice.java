package se.samverkan.home;

import org.springframework.core.env.Environment;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import se.samverkan.organisation.SignedInStaff;
import se.samverkan.shared.DemoMode;

/**
 * Puts what the layout shows into every page's model: the signed-in user and the demo
 * banner.
 */
@ControllerAdvice(annotations = Controller.class)
class LayoutAdvice {

	private final boolean demo;

	LayoutAdvice(Environment environment) {
		this.demo = DemoMode.enabled(environment);
	}

	@ModelAttribute("me")
	SignedInStaff me() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.getPrincipal() instanceof SignedInStaff staff) ? staff : null;
	}

	@ModelAttribute("demo")
	boolean demo() {
		return this.demo;
	}

}

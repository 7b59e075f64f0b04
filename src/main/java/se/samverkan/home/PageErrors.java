package se.samverkan.home;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import se.samverkan.organisation.SignedInStaff;
import se.samverkan.shared.DemoMode;
import se.samverkan.shared.DomainException;
import se.samverkan.shared.ErrorCode;

/**
 * Refusals on any page become the friendly error pages: 404 when nothing the user may see
 * has that id (a person the user may not see is the same 404, R1), 403 when the rules do
 * not allow it, never a 500. The API's own advice comes first for REST controllers.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrors {

	private final boolean demo;

	PageErrors(Environment environment) {
		this.demo = DemoMode.enabled(environment);
	}

	@ExceptionHandler(DomainException.class)
	ModelAndView refused(DomainException ex, HttpServletRequest request) {
		HttpStatus status = switch (ex.code()) {
			case NOT_FOUND -> HttpStatus.NOT_FOUND;
			case FORBIDDEN -> HttpStatus.FORBIDDEN;
			default -> HttpStatus.BAD_REQUEST;
		};
		String view = switch (status) {
			case NOT_FOUND -> "error/404";
			case FORBIDDEN -> "error/403";
			default -> "error/error";
		};
		ModelAndView page = new ModelAndView(view, status);
		page.addObject("status", status.value());
		page.addObject("path", request.getRequestURI());
		page.addObject("reason", (ex.code() == ErrorCode.NOT_FOUND) ? null : ex.messageKey());
		page.addObject("demo", this.demo);
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof SignedInStaff me) {
			page.addObject("me", me);
		}
		return page;
	}

}

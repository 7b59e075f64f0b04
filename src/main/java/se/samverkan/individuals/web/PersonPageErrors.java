package se.samverkan.individuals.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import se.samverkan.organisation.SignedInStaff;
import se.samverkan.shared.DomainException;
import se.samverkan.shared.ErrorCode;

/**
 * Refusals on the persons' pages become the friendly error pages. A person the user may
 * not see is the 404 page, the same as one that does not exist (R1).
 */
@ControllerAdvice(basePackageClasses = PersonPageErrors.class)
class PersonPageErrors {

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
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof SignedInStaff me) {
			page.addObject("me", me);
		}
		return page;
	}

}

package se.samverkan.individuals.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import se.samverkan.shared.DomainException;
import se.samverkan.shared.ErrorCode;

/**
 * Refusals on the role clarification and access log pages become the friendly error
 * pages: 404 for a person the caller may not see (never revealing it exists), 403 when
 * the rules do not allow it, 400 otherwise.
 */
@ControllerAdvice(assignableTypes = { RoleClarificationController.class, AccessLogController.class,
		AccessLogReviewController.class })
class IndividualsPageRefusals {

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
		return page;
	}

}

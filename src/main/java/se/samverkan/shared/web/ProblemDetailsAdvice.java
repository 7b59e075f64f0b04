package se.samverkan.shared.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import se.samverkan.shared.DomainException;
import se.samverkan.shared.ErrorCode;

/**
 * The one mapping of errors to RFC 9457 problem details for the whole API: every problem
 * carries the contract's {@code code}, a title and detail in the caller's language and,
 * for validation, the fields at fault. Bad input never becomes a 500.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

	private final MessageSource messages;

	ProblemDetailsAdvice(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(DomainException.class)
	ResponseEntity<Object> domain(DomainException ex) {
		return problem(ex.code(), message(ex.messageKey(), ex.arguments()), List.of());
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ResponseEntity<Object> stale(OptimisticLockingFailureException ex) {
		return problem(ErrorCode.STALE_VERSION, message(ErrorCode.STALE_VERSION.messageKey()), List.of());
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	ResponseEntity<Object> conflict(DataIntegrityViolationException ex) {
		return problem(ErrorCode.CONFLICT, message("error.conflict"), List.of());
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException ex) {
		String text = message("error.malformed-value");
		return problem(ErrorCode.VALIDATION_FAILED, text, List.of(new FieldError(ex.getName(), text)));
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<Object> forbidden(AccessDeniedException ex) {
		return problem(ErrorCode.FORBIDDEN, message(ErrorCode.FORBIDDEN.messageKey()), List.of());
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> unexpected(Exception ex) {
		log.error("Unexpected error in API request", ex);
		ProblemDetail body = ProblemDetail.forStatus(500);
		body.setTitle(message("error.internal"));
		body.setProperty("code", "internal-error");
		return ResponseEntity.status(500).body(body);
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Locale locale = LocaleContextHolder.getLocale();
		List<FieldError> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map((error) -> new FieldError(error.getField(), this.messages.getMessage(error, locale)))
			.toList();
		return problem(ErrorCode.VALIDATION_FAILED, message(ErrorCode.VALIDATION_FAILED.messageKey()), errors);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Locale locale = LocaleContextHolder.getLocale();
		List<FieldError> errors = ex.getParameterValidationResults()
			.stream()
			.flatMap((result) -> result.getResolvableErrors()
				.stream()
				.map((error) -> new FieldError(result.getMethodParameter().getParameterName(),
						this.messages.getMessage(error, locale))))
			.toList();
		return problem(ErrorCode.VALIDATION_FAILED, message(ErrorCode.VALIDATION_FAILED.messageKey()), errors);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return problem(ErrorCode.VALIDATION_FAILED, message("error.malformed-json"), List.of());
	}

	@Override
	protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		return problem(ErrorCode.NOT_FOUND, message(ErrorCode.NOT_FOUND.messageKey()), List.of());
	}

	/**
	 * Everything else Spring MVC maps by itself (405, 406, 415 ...) still gets a code.
	 */
	@Override
	protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
			WebRequest request) {
		if (body instanceof ProblemDetail problem && problem.getProperties() == null) {
			problem.setProperty("code", (statusCode.is4xxClientError()) ? "bad-request" : "internal-error");
		}
		return super.createResponseEntity(body, headers, statusCode, request);
	}

	private ResponseEntity<Object> problem(ErrorCode code, String detail, List<FieldError> errors) {
		ProblemDetail body = ProblemDetail.forStatusAndDetail(code.status(), detail);
		body.setTitle(message(code.messageKey()));
		body.setProperty("code", code.code());
		if (!errors.isEmpty()) {
			body.setProperty("errors", errors.stream().map(FieldError::asMap).toList());
		}
		return ResponseEntity.status(code.status()).body(body);
	}

	private String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
	}

	record FieldError(String field, String message) {

		Map<String, String> asMap() {
			return Map.of("field", this.field, "message", this.message);
		}

	}

}

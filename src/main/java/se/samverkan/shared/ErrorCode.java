package se.samverkan.shared;

import org.springframework.http.HttpStatus;

/**
 * The stable error codes of the API contract, each with its HTTP status. The message key
 * {@code error.<code>} gives the title in the caller's language.
 */
public enum ErrorCode {

	VALIDATION_FAILED(HttpStatus.BAD_REQUEST), INVALID_PERSONAL_IDENTITY_NUMBER(HttpStatus.BAD_REQUEST),
	PERSONAL_DATA_NOT_ALLOWED(HttpStatus.UNPROCESSABLE_CONTENT), CONSENT_REQUIRED(HttpStatus.CONFLICT),
	ONGOING_HABILITATION(HttpStatus.CONFLICT), DUPLICATE_PERSON(HttpStatus.CONFLICT),
	INVALID_TRANSITION(HttpStatus.CONFLICT), MAR_FUNCTION_REQUIRED(HttpStatus.UNPROCESSABLE_CONTENT),
	NOT_A_STEERING_GROUP_MEMBER(HttpStatus.UNPROCESSABLE_CONTENT), MANDATE_REQUIRED(HttpStatus.BAD_REQUEST),
	STALE_VERSION(HttpStatus.PRECONDITION_FAILED), NOT_FOUND(HttpStatus.NOT_FOUND), FORBIDDEN(HttpStatus.FORBIDDEN),
	RATE_LIMITED(HttpStatus.TOO_MANY_REQUESTS), CONFLICT(HttpStatus.CONFLICT);

	private final HttpStatus status;

	ErrorCode(HttpStatus status) {
		this.status = status;
	}

	public HttpStatus status() {
		return this.status;
	}

	/** The kebab-case code written into problem details. */
	public String code() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

	public String messageKey() {
		return "error." + code();
	}

}

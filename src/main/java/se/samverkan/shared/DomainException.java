package se.samverkan.shared;

/**
 * A refused command: a rule of the agreement or of the contract does not allow it.
 * Carries the contract's error code and a message key with arguments for the caller's
 * language.
 */
public class DomainException extends RuntimeException {

	private final ErrorCode code;

	private final String messageKey;

	private final transient Object[] arguments;

	public DomainException(ErrorCode code, String messageKey, Object... arguments) {
		super(code.code() + ": " + messageKey);
		this.code = code;
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public DomainException(ErrorCode code) {
		this(code, code.messageKey());
	}

	public ErrorCode code() {
		return this.code;
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] arguments() {
		return this.arguments.clone();
	}

}

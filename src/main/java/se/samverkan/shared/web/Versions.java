package se.samverkan.shared.web;

/** Reads the contract's {@code If-Match: "<version>"} header. */
public final class Versions {

	private Versions() {
	}

	/**
	 * The version the client edited, or {@code null} when it sent no {@code If-Match}.
	 */
	public static Integer fromIfMatch(String ifMatch) {
		if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
			return null;
		}
		String value = ifMatch.strip();
		if (value.startsWith("W/")) {
			value = value.substring(2);
		}
		value = value.replace("\"", "");
		try {
			return Integer.valueOf(value);
		}
		catch (NumberFormatException ex) {
			throw new se.samverkan.shared.DomainException(se.samverkan.shared.ErrorCode.VALIDATION_FAILED,
					"error.if-match-invalid");
		}
	}

}

package se.samverkan.individuals.web;

import java.util.Map;

import org.springframework.validation.BindingResult;

import se.samverkan.shared.DomainException;
import se.samverkan.shared.ErrorCode;

/** Shows a refused command on the form that asked for it. */
final class Forms {

	/** What the pages say about a number that is not valid: the date or check digit. */
	static final String INVALID_NUMBER = "individuals.number.invalid";

	private Forms() {
	}

	/**
	 * Next to the field it concerns, or at the top of the form when it concerns none of
	 * them (e.g. a consent that is required).
	 */
	static void reject(BindingResult binding, DomainException ex, Map<String, String> fieldByMessageKey) {
		String key = (ex.code() == ErrorCode.INVALID_PERSONAL_IDENTITY_NUMBER) ? INVALID_NUMBER : ex.messageKey();
		String field = fieldByMessageKey.get(ex.messageKey());
		if (field != null) {
			binding.rejectValue(field, key, ex.arguments(), key);
		}
		else {
			binding.reject(key, ex.arguments(), key);
		}
	}

}

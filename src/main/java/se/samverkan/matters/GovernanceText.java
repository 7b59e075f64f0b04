package se.samverkan.matters;

import java.time.LocalDate;

import se.samverkan.shared.DomainException;
import se.samverkan.shared.ErrorCode;
import se.samverkan.shared.PersonalIdentityNumber;

/**
 * Governance records carry no data about individuals (L5, L10): free text that holds a
 * valid personal identity or coordination number is refused with a message that says why.
 * Numbers that are not valid ones (a phone number, a date, a case number) pass.
 */
public final class GovernanceText {

	/** Message key of the refusal: names the rule, so the writer knows what to change. */
	public static final String REFUSAL_KEY = "error.personal-data-not-allowed.governance";

	private GovernanceText() {
	}

	/**
	 * Refuses when any of the texts holds a personal identity number.
	 * @param today the date the text is written on, for the century of ten-digit numbers
	 * @param texts the free texts, {@code null}s allowed
	 */
	public static void requireNoPersonalIdentityNumber(LocalDate today, String... texts) {
		for (String text : texts) {
			if (PersonalIdentityNumber.isContainedIn(text, today)) {
				throw new DomainException(ErrorCode.PERSONAL_DATA_NOT_ALLOWED, REFUSAL_KEY);
			}
		}
	}

}

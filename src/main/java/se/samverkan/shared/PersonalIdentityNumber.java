package se.samverkan.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Swedish personal identity number (personnummer) or coordination number
 * (samordningsnummer, day of birth + 60), validated by date and Luhn check digit and kept
 * in one normal form, {@code YYYYMMDD-NNNN} (L1).
 *
 * <p>
 * Ten-digit input takes its century from the date it is read on: with {@code -} the
 * person is under 100 years old, with {@code +} 100 or older.
 */
public record PersonalIdentityNumber(String value) {

	private static final Pattern NORMAL = Pattern.compile("\\d{8}-\\d{4}");

	private static final Pattern INPUT = Pattern.compile("(\\d{2})?(\\d{6})([-+]?)(\\d{4})");

	/**
	 * Candidates in free text: 10 or 12 digits, optionally with a separator, not inside a
	 * longer number.
	 */
	private static final Pattern IN_TEXT = Pattern
		.compile("(?<![\\d])(\\d{2})?(\\d{6})\\s?([-+]?)\\s?(\\d{4})(?![\\d])");

	private static final int COORDINATION_OFFSET = 60;

	public PersonalIdentityNumber {
		if (value == null || !NORMAL.matcher(value).matches() || !valid(value)) {
			throw invalid();
		}
	}

	/**
	 * Reads a number as people write it: 10 or 12 digits, with or without {@code -} or
	 * {@code +}.
	 * @param text what was typed
	 * @param today the date it is read on, for the century of a ten-digit number
	 * @throws DomainException {@code invalid-personal-identity-number} for a bad format,
	 * date or check digit
	 */
	public static PersonalIdentityNumber parse(String text, LocalDate today) {
		if (text == null) {
			throw invalid();
		}
		Matcher matcher = INPUT.matcher(text.strip());
		if (!matcher.matches()) {
			throw invalid();
		}
		return of(matcher, today);
	}

	/**
	 * Whether free text holds anything that is a valid personal identity or coordination
	 * number (L5).
	 */
	public static boolean isContainedIn(String text, LocalDate today) {
		if (text == null) {
			return false;
		}
		Matcher matcher = IN_TEXT.matcher(text);
		while (matcher.find()) {
			try {
				of(matcher, today);
				return true;
			}
			catch (DomainException ex) {
				// not a valid number: look further
			}
		}
		return false;
	}

	private static PersonalIdentityNumber of(Matcher matcher, LocalDate today) {
		String century = matcher.group(1);
		String yymmdd = matcher.group(2);
		String separator = matcher.group(3);
		String serial = matcher.group(4);
		String full;
		if (century != null) {
			full = century + yymmdd;
		}
		else {
			full = withCentury(yymmdd, "+".equals(separator), today);
		}
		return new PersonalIdentityNumber(full + "-" + serial);
	}

	private static String withCentury(String yymmdd, boolean hundredOrOlder, LocalDate today) {
		int yy = Integer.parseInt(yymmdd.substring(0, 2));
		int year = (today.getYear() / 100) * 100 + yy;
		LocalDate birth = dateOf(year, yymmdd.substring(2));
		if (birth == null) {
			throw invalid();
		}
		// The latest century in which the birthday is not in the future.
		if (birth.isAfter(today)) {
			year -= 100;
		}
		if (hundredOrOlder) {
			year -= 100;
		}
		return String.format("%04d", year) + yymmdd.substring(2);
	}

	private static boolean valid(String normal) {
		int year = Integer.parseInt(normal.substring(0, 4));
		if (dateOf(year, normal.substring(4, 8)) == null) {
			return false;
		}
		String tenDigits = normal.substring(2, 8) + normal.substring(9);
		return luhn(tenDigits);
	}

	/**
	 * The date of {@code MMDD} in that year, with a coordination number's day + 60 taken
	 * away.
	 */
	private static LocalDate dateOf(int year, String mmdd) {
		int month = Integer.parseInt(mmdd.substring(0, 2));
		int day = Integer.parseInt(mmdd.substring(2, 4));
		if (day > COORDINATION_OFFSET) {
			day -= COORDINATION_OFFSET;
		}
		try {
			return LocalDate.of(year, month, day);
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	private static boolean luhn(String digits) {
		int sum = 0;
		for (int i = 0; i < digits.length(); i++) {
			int digit = digits.charAt(i) - '0';
			if (i % 2 == 0) {
				digit *= 2;
				if (digit > 9) {
					digit -= 9;
				}
			}
			sum += digit;
		}
		return sum % 10 == 0;
	}

	private static DomainException invalid() {
		return new DomainException(ErrorCode.INVALID_PERSONAL_IDENTITY_NUMBER);
	}

	public boolean isCoordinationNumber() {
		return Integer.parseInt(this.value.substring(6, 8)) > COORDINATION_OFFSET;
	}

	public LocalDate birthDate() {
		return dateOf(Integer.parseInt(this.value.substring(0, 4)), this.value.substring(4, 8));
	}

	/** Age in whole years on a date. */
	public int ageOn(LocalDate date) {
		return Period.between(birthDate(), date).getYears();
	}

	@Override
	public String toString() {
		return this.value;
	}

}

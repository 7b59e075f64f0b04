package se.samverkan.individuals;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/** Fictitious, valid personal identity numbers for tests, never twice the same. */
public final class TestPersons {

	private static final AtomicInteger SERIAL = new AtomicInteger(ThreadLocalRandom.current().nextInt(100, 900));

	private TestPersons() {
	}

	/** A valid number in normal form for someone born on that date. */
	public static String numberBornOn(LocalDate birthDate) {
		String yymmdd = birthDate.format(DateTimeFormatter.ofPattern("yyMMdd"));
		String serial = String.format("%03d", SERIAL.getAndIncrement() % 1000);
		String nine = yymmdd + serial;
		return birthDate.format(DateTimeFormatter.BASIC_ISO_DATE) + "-" + serial + checkDigit(nine);
	}

	static int checkDigit(String nineDigits) {
		int sum = 0;
		for (int i = 0; i < nineDigits.length(); i++) {
			int digit = (nineDigits.charAt(i) - '0') * ((i % 2 == 0) ? 2 : 1);
			sum += (digit > 9) ? digit - 9 : digit;
		}
		return (10 - sum % 10) % 10;
	}

}

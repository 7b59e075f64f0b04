package se.samverkan.matters;

import java.time.LocalDate;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import se.samverkan.shared.DomainException;
import se.samverkan.shared.ErrorCode;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** L5: governance texts carry no personal identity numbers; other numbers pass. */
class GovernanceTextTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

	@ParameterizedTest(name = "refused: {0}")
	@ValueSource(strings = { "Gäller 121212-1212", "Gäller 19121212-1212", "pnr 191212121212", "1212121212",
			"Barnet 811218-9876 har flyttat", "811218 9876", "19121212 1212", "Samordningsnummer 701063-2391",
			"Gäller 121212+1212 (över hundra)" })
	@DisplayName("L5 a valid personal identity or coordination number in the text is refused")
	void l5ValidNumbersAreRefused(String text) {
		assertThatThrownBy(() -> GovernanceText.requireNoPersonalIdentityNumber(TODAY, "Rubrik", text))
			.isInstanceOf(DomainException.class)
			.extracting((ex) -> ((DomainException) ex).code())
			.isEqualTo(ErrorCode.PERSONAL_DATA_NOT_ALLOWED);
	}

	@ParameterizedTest(name = "accepted: {0}")
	@ValueSource(strings = { "Ring 054-540 00 00", "Ring 0701234567", "Mötet 2026-11-25 kl 13", "20261125",
			"dnr 121212-1213 (fel kontrollsiffra)", "Ärende 2026-0042", "12345678901234", "Telefon 070-123 45 67", "" })
	@DisplayName("L5 phone numbers, dates and other numbers are not personal identity numbers")
	void l5OtherNumbersAreAccepted(String text) {
		assertThatCode(() -> GovernanceText.requireNoPersonalIdentityNumber(TODAY, text, null))
			.doesNotThrowAnyException();
	}

}

package se.samverkan.shared;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * L1: personal identity numbers are validated by date and check digit and kept in one
 * form.
 */
class PersonalIdentityNumberTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

	@ParameterizedTest(name = "{0} is read as {1}")
	@CsvSource({ "19121212-1212, 19121212-1212", "191212121212, 19121212-1212", "121212-1212, 20121212-1212",
			"1212121212, 20121212-1212", "121212+1212, 19121212-1212", "811218-9876, 19811218-9876",
			"  8112189876 , 19811218-9876", "20000229-1235, 20000229-1235" })
	void L1_accepts_ten_or_twelve_digits_with_or_without_separator_in_one_normal_form(String input, String normal) {
		assertThat(PersonalIdentityNumber.parse(input, TODAY).value()).isEqualTo(normal);
	}

	@Test
	void L1_a_ten_digit_number_whose_birthday_would_be_in_the_future_belongs_to_the_previous_century() {
		assertThat(PersonalIdentityNumber.parse("261126-5550", TODAY).value()).isEqualTo("19261126-5550");
		assertThat(PersonalIdentityNumber.parse("261125-5551", TODAY).value()).isEqualTo("20261125-5551");
	}

	@Test
	void L1_plus_means_a_hundred_years_or_older() {
		assertThat(PersonalIdentityNumber.parse("100101+4321", TODAY).value()).isEqualTo("19100101-4321");
		assertThat(PersonalIdentityNumber.parse("100101-4321", TODAY).value()).isEqualTo("20100101-4321");
	}

	@Test
	void L1_leap_days_are_valid_only_in_leap_years() {
		assertThat(PersonalIdentityNumber.parse("960229-4564", TODAY).birthDate()).isEqualTo("1996-02-29");
		assertThat(PersonalIdentityNumber.parse("000229-1235", TODAY).birthDate()).isEqualTo("2000-02-29");
		assertInvalid("700229-1115");
		// 1900 was no leap year, so the same digits a hundred years earlier are no date
		assertInvalid("000229+1235");
	}

	@Test
	void L1_a_coordination_number_has_day_plus_sixty() {
		PersonalIdentityNumber number = PersonalIdentityNumber.parse("701063-2391", TODAY);
		assertThat(number.value()).isEqualTo("19701063-2391");
		assertThat(number.isCoordinationNumber()).isTrue();
		assertThat(number.birthDate()).isEqualTo("1970-10-03");
		assertThat(PersonalIdentityNumber.parse("121212-1212", TODAY).isCoordinationNumber()).isFalse();
	}

	@ParameterizedTest(name = "{0} is refused")
	@ValueSource(strings = { "121212-1213", "811218-9875", "19121312-1212", "121300-1212", "12121-21212", "abc", "",
			"121212/1212", "1212121212121", "20121212+" })
	void L1_refuses_a_bad_check_digit_date_or_format(String input) {
		assertInvalid(input);
	}

	@Test
	void L1_the_normal_form_itself_is_validated() {
		assertThatThrownBy(() -> new PersonalIdentityNumber("19121212-1213")).isInstanceOf(DomainException.class);
		assertThatThrownBy(() -> new PersonalIdentityNumber("1212121212")).isInstanceOf(DomainException.class);
	}

	@Test
	void age_is_counted_in_whole_years() {
		PersonalIdentityNumber number = PersonalIdentityNumber.parse("081126-5552", TODAY);
		assertThat(number.ageOn(LocalDate.of(2026, 11, 25))).isEqualTo(17);
		assertThat(number.ageOn(LocalDate.of(2026, 11, 26))).isEqualTo(18);
	}

	@Test
	void L5_finds_a_valid_number_in_free_text_but_not_other_numbers() {
		assertThat(PersonalIdentityNumber.isContainedIn("Gäller 121212-1212 som flyttat", TODAY)).isTrue();
		assertThat(PersonalIdentityNumber.isContainedIn("Gäller 19121212 1212 som flyttat", TODAY)).isTrue();
		assertThat(PersonalIdentityNumber.isContainedIn("pnr:8112189876.", TODAY)).isTrue();
		assertThat(PersonalIdentityNumber.isContainedIn("Ring 054-540 00 00 eller 0701234567", TODAY)).isFalse();
		assertThat(PersonalIdentityNumber.isContainedIn("Beslut 2026-11-25, dnr 121212-1213", TODAY)).isFalse();
		assertThat(PersonalIdentityNumber.isContainedIn(null, TODAY)).isFalse();
	}

	private static void assertInvalid(String input) {
		assertThatThrownBy(() -> PersonalIdentityNumber.parse(input, TODAY)).isInstanceOf(DomainException.class)
			.extracting((ex) -> ((DomainException) ex).code())
			.isEqualTo(ErrorCode.INVALID_PERSONAL_IDENTITY_NUMBER);
	}

}

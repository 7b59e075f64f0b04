package se.samverkan.individuals;

import java.time.LocalDate;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import se.samverkan.individuals.DemoIndividuals.BirthDates;
import se.samverkan.shared.PersonalIdentityNumber;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo persons' numbers do not depend on the moment the demo was loaded: a run
 * crossing midnight finds the same persons, and the demo stays meaningful on any day.
 */
class DemoIndividualsTests {

	@Test
	@DisplayName("L1 the demo numbers are valid and the adult's is fixed")
	void l1TheDemoNumbersAreValidAndFixed() {
		LocalDate today = LocalDate.of(2026, 11, 26);
		assertThat(DemoIndividuals.number(BirthDates.VIKTOR, "316")).isEqualTo("19990914-3167");
		for (LocalDate born : new LocalDate[] { BirthDates.VIKTOR, BirthDates.NORA, BirthDates.HUGO,
				BirthDates.on(today).elsa() }) {
			assertThat(PersonalIdentityNumber.parse(DemoIndividuals.number(born, "482"), today).birthDate())
				.isEqualTo(born);
		}
	}

	@Test
	@DisplayName("L2 on every day for years the demo child turns 18 within the transition window and the number changes only with the month")
	void l2TheDemoChildIsAlwaysOnTheTransitionList() {
		for (LocalDate today = LocalDate.of(2026, 1, 1); today
			.isBefore(LocalDate.of(2032, 1, 1)); today = today.plusDays(1)) {
			LocalDate adultOn = BirthDates.on(today).elsa().plusYears(18);
			assertThat(adultOn).isAfter(today.plusMonths(3).minusDays(1)).isBefore(today.plusMonths(6));
			assertThat(BirthDates.on(today.plusDays(1)).elsa()).isEqualTo((today.plusDays(1).getDayOfMonth() == 1)
					? BirthDates.on(today).elsa().plusMonths(1) : BirthDates.on(today).elsa());
			assertThat(BirthDates.HUGO.plusYears(18)).as("Hugo stays a child").isAfter(LocalDate.of(2032, 1, 1));
			assertThat(BirthDates.NORA.plusYears(18)).as("Nora stays a child").isAfter(LocalDate.of(2032, 1, 1));
		}
	}

}

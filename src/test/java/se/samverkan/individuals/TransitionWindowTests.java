package se.samverkan.individuals;

import java.time.LocalDate;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The birth dates the transition list reads in the database (L2) are exactly those of the
 * persons who turn adult ({@link Person#turnsOn}) after today and within the window, leap
 * days included.
 */
class TransitionWindowTests {

	@Test
	@DisplayName("L2 the window's birth dates are exactly those turning 18 after today and within the months, on every day of four years and every window")
	void theWindowHoldsExactlyThoseTurningAdultInIt() {
		for (LocalDate today = LocalDate.of(2026, 1, 1); today
			.isBefore(LocalDate.of(2030, 1, 1)); today = today.plusDays(1)) {
			for (int months = 1; months <= 24; months++) {
				Transitions.Window window = Transitions.Window.turningAdult(today, 18, months);
				LocalDate end = today.plusMonths(months);
				// turnsOn never decreases with the birth date: the days around the bounds
				// decide
				for (int day = -3; day <= 3; day++) {
					for (LocalDate born : new LocalDate[] { window.bornFrom().plusDays(day),
							window.bornTo().plusDays(day) }) {
						LocalDate adultOn = born.plusYears(18);
						boolean turning = adultOn.isAfter(today) && !adultOn.isAfter(end);
						boolean inWindow = !born.isBefore(window.bornFrom()) && !born.isAfter(window.bornTo());
						if (inWindow != turning) {
							assertThat(inWindow).as("born %s, today %s, %d months", born, today, months)
								.isEqualTo(turning);
						}
					}
				}
			}
		}
	}

	@Test
	@DisplayName("L2 someone born on 29 February turns 18 on 28 February in a common year, and is in the window until then")
	void aLeapDayChildTurnsAdultOnTheLastDayOfFebruary() {
		Transitions.Window window = Transitions.Window.turningAdult(LocalDate.of(2026, 2, 27), 18, 1);
		assertThat(window.bornFrom()).isEqualTo(LocalDate.of(2008, 2, 28));
		assertThat(Transitions.Window.turningAdult(LocalDate.of(2026, 2, 28), 18, 1).bornFrom())
			.isEqualTo(LocalDate.of(2008, 3, 1));
	}

}

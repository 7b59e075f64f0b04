package se.samverkan.individuals;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import se.samverkan.shared.DomainException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An intervention is ongoing while it has no end date or ends in the future. */
class InterventionTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

	static Intervention intervention(LocalDate endedOn) {
		return Intervention.start(UUID.randomUUID(), UUID.randomUUID(), "Habiliteringsinsats", null,
				TODAY.minusYears(1), endedOn);
	}

	@Test
	void an_intervention_without_end_date_is_ongoing() {
		assertThat(intervention(null).isOngoingOn(TODAY)).isTrue();
	}

	@Test
	void an_intervention_ending_in_the_future_is_ongoing_and_one_that_ended_is_not() {
		assertThat(intervention(TODAY.plusDays(1)).isOngoingOn(TODAY)).isTrue();
		assertThat(intervention(TODAY).isOngoingOn(TODAY)).isFalse();
		assertThat(intervention(TODAY.minusDays(1)).isOngoingOn(TODAY)).isFalse();
	}

	@Test
	void an_intervention_needs_a_title_and_cannot_end_before_it_started() {
		assertThatThrownBy(() -> Intervention.start(UUID.randomUUID(), UUID.randomUUID(), " ", null, TODAY, null))
			.isInstanceOf(DomainException.class);
		assertThatThrownBy(() -> Intervention.start(UUID.randomUUID(), UUID.randomUUID(), "Insats", null, TODAY,
				TODAY.minusDays(1)))
			.isInstanceOf(DomainException.class);
	}

}

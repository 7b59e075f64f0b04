package se.samverkan.observations;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import se.samverkan.shared.DomainException;
import se.samverkan.shared.ErrorCode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The steps of a collegial observation (R21), in order and each once. */
class ObservationStatusTests {

	static final Instant NOW = Instant.parse("2026-11-26T09:00:00Z");

	static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

	@Test
	@DisplayName("R21 requested → approved → scheduled → completed, nothing else")
	void r21StepsInOrder() {
		assertThat(ObservationStatus.REQUESTED.mayMoveTo(ObservationStatus.APPROVED)).isTrue();
		assertThat(ObservationStatus.APPROVED.mayMoveTo(ObservationStatus.SCHEDULED)).isTrue();
		assertThat(ObservationStatus.SCHEDULED.mayMoveTo(ObservationStatus.COMPLETED)).isTrue();
		assertThat(ObservationStatus.REQUESTED.mayMoveTo(ObservationStatus.SCHEDULED)).isFalse();
		assertThat(ObservationStatus.APPROVED.mayMoveTo(ObservationStatus.COMPLETED)).isFalse();
		assertThat(ObservationStatus.COMPLETED.mayMoveTo(ObservationStatus.REQUESTED)).isFalse();
		assertThat(ObservationStatus.COMPLETED.next()).isNull();
	}

	@Test
	@DisplayName("R21 a visit is scheduled only after approval, and reflected on only once it has taken place")
	void r21NoSkippingSteps() {
		Observation observation = Observation.request(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
				"Lära känna BUH", TODAY, TODAY.plusWeeks(4), NOW, TODAY);
		assertThatThrownBy(() -> observation.accept(UUID.randomUUID(), TODAY.plusDays(3), NOW, TODAY))
			.isInstanceOf(DomainException.class)
			.extracting((ex) -> ((DomainException) ex).code())
			.isEqualTo(ErrorCode.INVALID_TRANSITION);
		observation.approve(UUID.randomUUID(), NOW);
		assertThatThrownBy(() -> observation.accept(UUID.randomUUID(), null, NOW, TODAY))
			.isInstanceOf(DomainException.class);
		observation.accept(UUID.randomUUID(), TODAY.plusDays(3), NOW, TODAY);
		assertThatThrownBy(() -> observation.complete("Lärorikt", NOW, TODAY)).isInstanceOf(DomainException.class)
			.extracting((ex) -> ((DomainException) ex).messageKey())
			.isEqualTo("error.observation.not-yet-held");
		assertThatThrownBy(() -> observation.complete(" ", NOW, TODAY.plusDays(3))).isInstanceOf(DomainException.class);
		observation.complete("Lärorikt", NOW, TODAY.plusDays(3));
		assertThat(observation.status()).isEqualTo(ObservationStatus.COMPLETED);
		assertThat(observation.reflection()).isEqualTo("Lärorikt");
	}

	@Test
	@DisplayName("R21 the host is another unit, the period is sensible, and no personal identity number (L5)")
	void r21RequestRules() {
		UUID unit = UUID.randomUUID();
		assertThatThrownBy(() -> Observation.request(UUID.randomUUID(), unit, unit, "Syfte", TODAY, TODAY, NOW, TODAY))
			.isInstanceOf(DomainException.class);
		assertThatThrownBy(() -> Observation.request(UUID.randomUUID(), unit, UUID.randomUUID(), "Syfte", TODAY,
				TODAY.minusDays(1), NOW, TODAY))
			.isInstanceOf(DomainException.class);
		assertThatThrownBy(() -> Observation.request(UUID.randomUUID(), unit, UUID.randomUUID(), "Följa 121212-1212",
				TODAY, TODAY, NOW, TODAY))
			.isInstanceOf(DomainException.class)
			.extracting((ex) -> ((DomainException) ex).code())
			.isEqualTo(ErrorCode.PERSONAL_DATA_NOT_ALLOWED);
	}

}

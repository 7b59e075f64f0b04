package se.samverkan.individuals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import se.samverkan.shared.DomainException;
import se.samverkan.shared.ErrorCode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** R1, L8: what a consent covers, who gives it, and when it stops holding. */
class ConsentTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

	static final LocalDate CHILD_BORN = LocalDate.of(2010, 6, 15);

	static final LocalDate ADULT_BORN = LocalDate.of(1990, 3, 1);

	static final UUID KARLSTAD = UUID.randomUUID();

	static final UUID REGION = UUID.randomUUID();

	static final UUID ARVIKA = UUID.randomUUID();

	static final UUID STAFF = UUID.randomUUID();

	static Consent consent(LocalDate born, ConsentGiver givenBy, LocalDate validUntil, UUID... principals) {
		return Consent.record(UUID.randomUUID(), born, TODAY.minusDays(10), ConsentForm.WRITTEN, givenBy,
				List.of(principals), validUntil, null, null, STAFF, Instant.parse("2026-11-15T10:00:00Z"), TODAY);
	}

	@Test
	void R1_a_recorded_consent_is_active_and_covers_the_principals_it_names() {
		Consent consent = consent(ADULT_BORN, null, null, KARLSTAD, REGION);
		assertThat(consent.statusOn(TODAY)).isEqualTo(ConsentStatus.ACTIVE);
		assertThat(consent.covers(List.of(KARLSTAD, REGION))).isTrue();
		assertThat(consent.covers(List.of(KARLSTAD, ARVIKA))).isFalse();
	}

	@Test
	void R1_a_consent_covers_at_least_two_principals() {
		assertThatThrownBy(() -> consent(ADULT_BORN, null, null, KARLSTAD)).isInstanceOf(DomainException.class)
			.extracting((ex) -> ((DomainException) ex).code())
			.isEqualTo(ErrorCode.VALIDATION_FAILED);
		assertThatThrownBy(() -> consent(ADULT_BORN, null, null, KARLSTAD, KARLSTAD))
			.isInstanceOf(DomainException.class);
	}

	@Test
	void R1_a_consent_cannot_be_given_in_the_future_nor_end_before_it_was_given() {
		assertThatThrownBy(() -> Consent.record(UUID.randomUUID(), ADULT_BORN, TODAY.plusDays(1), ConsentForm.ORAL,
				null, List.of(KARLSTAD, REGION), null, null, null, STAFF, Instant.now(), TODAY))
			.isInstanceOf(DomainException.class);
		assertThatThrownBy(() -> consent(ADULT_BORN, null, TODAY.minusDays(20), KARLSTAD, REGION))
			.isInstanceOf(DomainException.class);
	}

	@Test
	void L8_by_default_the_guardian_consents_for_a_child_and_the_person_for_an_adult() {
		assertThat(consent(CHILD_BORN, null, null, KARLSTAD, REGION).givenBy()).isEqualTo(ConsentGiver.GUARDIAN);
		assertThat(consent(ADULT_BORN, null, null, KARLSTAD, REGION).givenBy()).isEqualTo(ConsentGiver.PERSON);
	}

	@Test
	void L8_a_child_may_consent_themselves_when_the_record_says_so() {
		assertThat(consent(CHILD_BORN, ConsentGiver.PERSON, null, KARLSTAD, REGION).givenBy())
			.isEqualTo(ConsentGiver.PERSON);
	}

	@Test
	void L8_a_guardian_cannot_consent_for_an_adult() {
		assertThatThrownBy(() -> consent(ADULT_BORN, ConsentGiver.GUARDIAN, null, KARLSTAD, REGION))
			.isInstanceOf(DomainException.class);
	}

	@Test
	void L8_a_guardians_consent_ends_at_the_18th_birthday() {
		Consent consent = consent(CHILD_BORN, null, null, KARLSTAD, REGION);
		LocalDate birthday = CHILD_BORN.plusYears(18);
		assertThat(consent.endsOn()).isEqualTo(birthday.minusDays(1));
		assertThat(consent.statusOn(birthday.minusDays(1))).isEqualTo(ConsentStatus.ACTIVE);
		assertThat(consent.statusOn(birthday)).isEqualTo(ConsentStatus.EXPIRED);
	}

	@Test
	void L8_an_earlier_end_date_ends_a_guardians_consent_before_the_18th_birthday() {
		LocalDate until = TODAY.plusMonths(3);
		Consent consent = consent(CHILD_BORN, null, until, KARLSTAD, REGION);
		assertThat(consent.endsOn()).isEqualTo(until);
		assertThat(consent.statusOn(until.plusDays(1))).isEqualTo(ConsentStatus.EXPIRED);
	}

	@Test
	void R1_a_consent_with_an_end_date_holds_through_that_day_and_then_expires() {
		LocalDate until = TODAY.plusDays(30);
		Consent consent = consent(ADULT_BORN, null, until, KARLSTAD, REGION);
		assertThat(consent.statusOn(until)).isEqualTo(ConsentStatus.ACTIVE);
		assertThat(consent.statusOn(until.plusDays(1))).isEqualTo(ConsentStatus.EXPIRED);
		assertThat(consent(ADULT_BORN, null, null, KARLSTAD, REGION).statusOn(TODAY.plusYears(40)))
			.isEqualTo(ConsentStatus.ACTIVE);
	}

	@Test
	void R1_a_revocation_stops_the_consent_at_once_and_keeps_its_history() {
		Consent consent = consent(ADULT_BORN, null, null, KARLSTAD, REGION);
		Instant at = Instant.parse("2026-11-25T09:00:00Z");
		consent.revoke("Vill inte längre", STAFF, at);
		assertThat(consent.statusOn(TODAY)).isEqualTo(ConsentStatus.REVOKED);
		assertThat(consent.isActiveOn(TODAY)).isFalse();
		assertThat(consent.revokedAt()).isEqualTo(at);
		assertThat(consent.revokedBy()).isEqualTo(STAFF);
		assertThat(consent.revocationReason()).isEqualTo("Vill inte längre");
		assertThat(consent.givenOn()).isEqualTo(TODAY.minusDays(10));
		assertThat(consent.principalIds()).containsExactlyInAnyOrder(KARLSTAD, REGION);
	}

	@Test
	void R1_a_revocation_needs_a_reason_and_happens_only_once() {
		Consent consent = consent(ADULT_BORN, null, null, KARLSTAD, REGION);
		assertThatThrownBy(() -> consent.revoke(" ", STAFF, Instant.now())).isInstanceOf(DomainException.class)
			.extracting((ex) -> ((DomainException) ex).code())
			.isEqualTo(ErrorCode.VALIDATION_FAILED);
		consent.revoke("Återkallat muntligt", STAFF, Instant.now());
		assertThatThrownBy(() -> consent.revoke("igen", STAFF, Instant.now())).isInstanceOf(DomainException.class)
			.extracting((ex) -> ((DomainException) ex).code())
			.isEqualTo(ErrorCode.INVALID_TRANSITION);
	}

}

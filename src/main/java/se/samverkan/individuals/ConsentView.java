package se.samverkan.individuals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** A consent with its status on the day it is read. */
public record ConsentView(UUID id, UUID personId, ConsentStatus status, LocalDate givenOn, ConsentForm form,
		ConsentGiver givenBy, Set<UUID> principalIds, LocalDate validUntil, LocalDate endsOn, String childView,
		String note, UUID recordedBy, Instant recordedAt, Instant revokedAt, UUID revokedBy, String revocationReason,
		int version) {

	static ConsentView of(Consent consent, LocalDate today) {
		return new ConsentView(consent.id(), consent.personId(), consent.statusOn(today), consent.givenOn(),
				consent.form(), consent.givenBy(), consent.principalIds(), consent.validUntil(), consent.endsOn(),
				consent.childView(), consent.note(), consent.recordedBy(), consent.recordedAt(), consent.revokedAt(),
				consent.revokedBy(), consent.revocationReason(), consent.version());
	}

}

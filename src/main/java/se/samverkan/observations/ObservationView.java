package se.samverkan.observations;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A request for collegial observation as its reader sees it, with what the reader may do
 * next.
 */
public record ObservationView(UUID id, UUID requesterId, String requesterName, String requesterUnitName,
		UUID nearestManagerId, String nearestManagerName, UUID hostUnitId, String hostUnitName, String purpose,
		LocalDate wishedFrom, LocalDate wishedTo, ObservationStatus status, Instant requestedAt, String approvedByName,
		Instant approvedAt, String acceptedByName, LocalDate scheduledOn, String reflection, Instant completedAt,
		int version, boolean mayApprove, boolean mayAccept, boolean mayComplete) {

}

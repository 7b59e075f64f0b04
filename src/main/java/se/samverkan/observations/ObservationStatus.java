package se.samverkan.observations;

/**
 * Where a request to observe stands; each status has exactly one next one: requested →
 * approved (nearest manager) → scheduled (host unit's manager) → completed (visitor).
 */
public enum ObservationStatus {

	REQUESTED, APPROVED, SCHEDULED, COMPLETED;

	/** The one status that may follow, {@code null} after the last. */
	public ObservationStatus next() {
		return switch (this) {
			case REQUESTED -> APPROVED;
			case APPROVED -> SCHEDULED;
			case SCHEDULED -> COMPLETED;
			case COMPLETED -> null;
		};
	}

	public boolean mayMoveTo(ObservationStatus to) {
		return to != null && to == next();
	}

}

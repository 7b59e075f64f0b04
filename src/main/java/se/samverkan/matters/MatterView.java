package se.samverkan.matters;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A matter as its reader may see it: handlers see every step, the reporter every step but
 * the internal notes.
 */
public record MatterView(UUID id, String title, String description, MatterCategory category, MatterSource source,
		MatterStatus status, UUID reportedBy, String reporterName, UUID reportedByUnitId, String reporterUnitName,
		String organisationName, String answer, Instant reportedAt, Instant changedAt, List<Step> steps, int version,
		boolean handler) {

	public MatterView {
		steps = List.copyOf(steps);
	}

	/** The statuses the reader may move it to: none unless they handle matters. */
	public List<MatterStatus> next() {
		return this.handler ? List.copyOf(this.status.next()) : List.of();
	}

	public MatterSummary summary() {
		return new MatterSummary(this.id, this.title, this.status, this.category);
	}

	/** One step of the trail, with the name of who took it. */
	public record Step(StepKind kind, MatterStatus fromStatus, MatterStatus toStatus, String text, UUID referenceId,
			String referenceTitle, LocalDate referenceDate, String actorName, Instant at) {
	}

	/** A matter in a list. */
	public record Listed(UUID id, String title, MatterCategory category, MatterSource source, MatterStatus status,
			String reporterUnitName, String organisationName, Instant reportedAt, Instant changedAt, int version) {
	}

}

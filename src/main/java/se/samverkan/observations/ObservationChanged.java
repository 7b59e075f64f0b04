package se.samverkan.observations;

import java.util.UUID;

import se.samverkan.shared.AuditableEvent;

/** A request for collegial observation was made or took its next step. */
public record ObservationChanged(String actor, UUID aggregateId, ObservationStatus status, Integer versionBefore,
		Integer versionAfter) implements AuditableEvent {

	@Override
	public String aggregateType() {
		return "Observation";
	}

	@Override
	public String action() {
		return "Observation" + switch (this.status) {
			case REQUESTED -> "Requested";
			case APPROVED -> "Approved";
			case SCHEDULED -> "Scheduled";
			case COMPLETED -> "Completed";
		};
	}

}

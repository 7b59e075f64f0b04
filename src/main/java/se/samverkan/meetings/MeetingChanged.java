package se.samverkan.meetings;

import java.util.UUID;

import se.samverkan.shared.AuditableEvent;

/**
 * A meeting was planned or changed: its agenda, minutes, attendance, approval or actions.
 * The change names what happened, e.g. {@code MeetingPlanned}, {@code MinutesApproved}.
 */
public record MeetingChanged(String actor, UUID aggregateId, String change, Integer versionBefore, Integer versionAfter,
		String summary) implements AuditableEvent {

	@Override
	public String aggregateType() {
		return "Meeting";
	}

	@Override
	public String action() {
		return this.change;
	}

}

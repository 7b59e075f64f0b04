package se.samverkan.matters;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One step of a matter's trail: what happened, who did it (user name and staff id; no
 * staff id for the public form or the system), when, and why or what was said.
 * {@code reference} points at a meeting or an activity in another module, with its title
 * and date as they were when recorded.
 */
public record MatterStep(StepKind kind, MatterStatus fromStatus, MatterStatus toStatus, String text, UUID referenceId,
		String referenceTitle, LocalDate referenceDate, String actor, UUID actorStaffId, Instant at) {

}

package se.samverkan.activityplans;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A directive with its activity's title and year, the meeting decision that issued it and
 * who issued it (R13). {@code decisionText} refers to a decision taken before the system,
 * which the register does not hold.
 */
public record DirectiveView(UUID id, UUID activityId, String activityTitle, int year, String background, String goal,
		String assignment, String scope, String deliverables, String timeframe, String resources, String reportTo,
		UUID decisionId, IssuingDecision decision, String decisionText, String issuedBy, Instant issuedAt,
		int version) {

	/**
	 * The decision of the register that issued the directive: its meeting, date and text.
	 */
	public record IssuingDecision(UUID meetingId, String meetingTitle, LocalDate decidedOn, String text) {
	}

}

package se.samverkan.meetings;

import java.util.List;
import java.util.UUID;

/**
 * The minutes of one agenda item: notes, the outcome (derived from the decisions when not
 * given), decisions, and whether it is unfinished and carries over to the next meeting.
 */
public record ItemMinutes(UUID agendaItemId, String notes, Outcome outcome, List<DecisionText> decisions,
		boolean unfinished) {
}

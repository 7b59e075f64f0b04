package se.samverkan.activityplans;

import java.time.Instant;
import java.util.UUID;

/** A directive with its activity's title and year and who issued it (R13). */
public record DirectiveView(UUID id, UUID activityId, String activityTitle, int year, String background, String goal,
		String assignment, String scope, String deliverables, String timeframe, String resources, String reportTo,
		UUID decisionId, String decisionText, String issuedBy, Instant issuedAt, int version) {
}

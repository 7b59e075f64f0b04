package se.samverkan.referrals;

import java.util.UUID;

/**
 * Write a referral about a person: without a receiving unit it goes to BUH under the
 * adult age and VH from it (L2).
 */
public record CreateReferral(UUID personId, UUID toUnitId, String reason, String question, Urgency urgency) {
}

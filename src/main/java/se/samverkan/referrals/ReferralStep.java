package se.samverkan.referrals;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.relational.core.mapping.Table;

/**
 * One step in a referral's history: the status it reached, when, by whom and from which
 * unit, with the comment of a decision.
 */
@Table("referral_step")
public record ReferralStep(ReferralStatus status, Instant at, UUID staffId, UUID unitId, String comment) {
}

package se.samverkan.referrals;

import java.util.UUID;

import se.samverkan.shared.AuditableEvent;

/**
 * The sending unit withdrew a referral before a decision. Carries ids only, never
 * personal data.
 */
public record ReferralWithdrawn(String actor, UUID aggregateId, UUID personId, UUID fromUnitId, UUID toUnitId,
		Integer versionBefore, Integer versionAfter) implements AuditableEvent {

	@Override
	public String aggregateType() {
		return "Referral";
	}

}

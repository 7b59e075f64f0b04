package se.samverkan.referrals;

import java.util.UUID;

import se.samverkan.shared.AuditableEvent;

/**
 * The receiving unit accepted a referral and opened an intervention. Carries ids only,
 * never personal data.
 */
public record ReferralAccepted(String actor, UUID aggregateId, UUID personId, UUID fromUnitId, UUID toUnitId,
		Integer versionBefore, Integer versionAfter) implements AuditableEvent {

	@Override
	public String aggregateType() {
		return "Referral";
	}

}

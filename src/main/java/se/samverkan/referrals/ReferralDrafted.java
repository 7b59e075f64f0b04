package se.samverkan.referrals;

import java.util.UUID;

import se.samverkan.shared.AuditableEvent;

/** A referral was saved as a draft. Carries ids only, never personal data. */
public record ReferralDrafted(String actor, UUID aggregateId, UUID personId, UUID fromUnitId, UUID toUnitId,
		Integer versionBefore, Integer versionAfter) implements AuditableEvent {

	@Override
	public String aggregateType() {
		return "Referral";
	}

}

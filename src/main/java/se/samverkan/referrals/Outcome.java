package se.samverkan.referrals;

/** The receiving unit's decision on a referral. */
public enum Outcome {

	ACCEPTED, DECLINED;

	ReferralMove move() {
		return (this == ACCEPTED) ? ReferralMove.ACCEPT : ReferralMove.DECLINE;
	}

}

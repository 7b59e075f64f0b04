package se.samverkan.referrals;

/** How urgent a referral is; urgent ones are overdue sooner. */
public enum Urgency {

	NORMAL, URGENT

}

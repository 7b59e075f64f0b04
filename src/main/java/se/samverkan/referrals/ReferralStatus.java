package se.samverkan.referrals;

/**
 * Where a referral stands. The moves between them are {@link ReferralMove}'s, in one
 * place.
 */
public enum ReferralStatus {

	/** Saved by the sending unit, not yet sent; only the sending unit sees it. */
	DRAFT,
	/** Sent and new in the receiving unit's inbox. */
	SENT,
	/** The receiving unit has acknowledged receipt. */
	RECEIVED,
	/** Accepted: an ongoing intervention at the receiving unit. */
	ACCEPTED,
	/** Declined, with a reason. */
	DECLINED,
	/** Withdrawn by the sending unit before a decision. */
	WITHDRAWN;

	/** Accepted or declined. */
	public boolean decided() {
		return this == ACCEPTED || this == DECLINED;
	}

	/** Nothing more can happen to it. */
	public boolean closed() {
		return decided() || this == WITHDRAWN;
	}

	/** Waiting for the receiving unit: for receipt or for a decision. */
	public boolean waitingForReceiver() {
		return this == SENT || this == RECEIVED;
	}

}

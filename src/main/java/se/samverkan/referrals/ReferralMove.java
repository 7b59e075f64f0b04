package se.samverkan.referrals;

import java.util.EnumSet;
import java.util.Set;

import se.samverkan.shared.DomainException;
import se.samverkan.shared.ErrorCode;

import static se.samverkan.referrals.ReferralStatus.DRAFT;
import static se.samverkan.referrals.ReferralStatus.RECEIVED;
import static se.samverkan.referrals.ReferralStatus.SENT;

/**
 * The status machine of a referral, whole: each move, which side of the referral makes
 * it, from which statuses and to which. Anything else is an invalid transition (409
 * {@code invalid-transition}).
 *
 * <pre>
 * DRAFT --send--> SENT --receive--> RECEIVED --accept--> ACCEPTED
 *                                             --decline-> DECLINED
 * DRAFT, SENT, RECEIVED --withdraw--> WITHDRAWN
 * </pre>
 */
public enum ReferralMove {

	SEND(Side.SENDER, ReferralStatus.SENT, EnumSet.of(DRAFT)),

	RECEIVE(Side.RECEIVER, ReferralStatus.RECEIVED, EnumSet.of(SENT)),

	ACCEPT(Side.RECEIVER, ReferralStatus.ACCEPTED, EnumSet.of(RECEIVED)),

	DECLINE(Side.RECEIVER, ReferralStatus.DECLINED, EnumSet.of(RECEIVED)),

	WITHDRAW(Side.SENDER, ReferralStatus.WITHDRAWN, EnumSet.of(DRAFT, SENT, RECEIVED));

	private final Side side;

	private final ReferralStatus to;

	private final Set<ReferralStatus> from;

	ReferralMove(Side side, ReferralStatus to, Set<ReferralStatus> from) {
		this.side = side;
		this.to = to;
		this.from = from;
	}

	/** The side of the referral that makes this move. */
	public Side side() {
		return this.side;
	}

	/** The status this move leads to. */
	public ReferralStatus to() {
		return this.to;
	}

	public boolean allowedFrom(ReferralStatus status) {
		return this.from.contains(status);
	}

	/**
	 * The status after this move from the given one; refused as an invalid transition
	 * when the machine has no such move.
	 */
	public ReferralStatus from(ReferralStatus status) {
		if (!allowedFrom(status)) {
			throw new DomainException(ErrorCode.INVALID_TRANSITION, "error.referral.invalid-transition." + name());
		}
		return this.to;
	}

	/** The moves the side may make from the status, in the machine's order. */
	public static Set<ReferralMove> available(ReferralStatus status, Side side) {
		Set<ReferralMove> moves = EnumSet.noneOf(ReferralMove.class);
		for (ReferralMove move : values()) {
			if (move.side == side && move.allowedFrom(status)) {
				moves.add(move);
			}
		}
		return moves;
	}

	/** The two sides of a referral: the sending unit and the receiving unit. */
	public enum Side {

		SENDER, RECEIVER

	}

}

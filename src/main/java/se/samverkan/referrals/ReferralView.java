package se.samverkan.referrals;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import se.samverkan.individuals.PersonView;
import se.samverkan.organisation.UnitKind;
import se.samverkan.referrals.ReferralMove.Side;

/**
 * A referral as a unit on one of its sides sees it: the person, reason and question only
 * while that unit may see the person (R1) — else {@code personHidden} — the moves this
 * side may make now, whether it is overdue and its history.
 */
public record ReferralView(UUID id, UUID personId, PersonView person, boolean personHidden, UUID fromUnitId,
		String fromUnitName, UUID toUnitId, String toUnitName, UnitKind toUnitKind, UUID createdByStaffId,
		String createdByName, String reason, String question, Urgency urgency, ReferralStatus status, Instant createdAt,
		Instant sentAt, Instant receivedAt, Instant decidedAt, Instant withdrawnAt, String decisionComment,
		UUID interventionId, Long daysWaited, boolean overdue, Instant dueAt, Side side, Set<ReferralMove> moves,
		List<Step> history, int version) {

	public ReferralView {
		moves = Set.copyOf(moves);
		history = List.copyOf(history);
	}

	/**
	 * Its time on its person's timeline: when it was sent, or written if it has not been
	 * ({@link ReferralReads#byPerson} reads a timeline page's referrals by it).
	 */
	public Instant timelineAt() {
		return (this.sentAt != null) ? this.sentAt : this.createdAt;
	}

	public boolean maySend() {
		return this.moves.contains(ReferralMove.SEND);
	}

	public boolean mayReceive() {
		return this.moves.contains(ReferralMove.RECEIVE);
	}

	public boolean mayDecide() {
		return this.moves.contains(ReferralMove.ACCEPT) || this.moves.contains(ReferralMove.DECLINE);
	}

	public boolean mayWithdraw() {
		return this.moves.contains(ReferralMove.WITHDRAW);
	}

	/** Whether the viewer is on the receiving side (the referral is in their inbox). */
	public boolean receiving() {
		return this.side == Side.RECEIVER;
	}

	public boolean isDraft() {
		return this.status == ReferralStatus.DRAFT;
	}

	public boolean isDeclined() {
		return this.status == ReferralStatus.DECLINED;
	}

	public boolean isAccepted() {
		return this.status == ReferralStatus.ACCEPTED;
	}

	/** One step of the history: the status reached, when, by whom, from which unit. */
	public record Step(ReferralStatus status, Instant at, UUID staffId, String staffName, UUID unitId, String unitName,
			String comment) {
	}

}

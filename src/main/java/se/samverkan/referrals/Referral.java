package se.samverkan.referrals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import se.samverkan.referrals.ReferralMove.Side;
import se.samverkan.shared.DomainException;
import se.samverkan.shared.ErrorCode;

/**
 * A referral (vårdbegäran/remiss, R6) from a municipality's unit to BUH or VH about a
 * person: reason, question and urgency. It changes only through the moves of
 * {@link ReferralMove}, each recorded as a step of its history with who made it and when.
 */
@Table("referral")
public class Referral {

	static final int TEXT_MAX = 4000;

	@Id
	private final UUID id;

	private final UUID personId;

	private final UUID fromUnitId;

	private final UUID toUnitId;

	private final UUID createdByStaffId;

	private final String reason;

	private final String question;

	private final Urgency urgency;

	private ReferralStatus status;

	private final Instant createdAt;

	private Instant sentAt;

	/**
	 * Where it stands in its unit's outbox: when it was sent, or written while it is not;
	 * kept in a column of its own so that the outbox's index can order by it.
	 */
	private Instant outboxAt;

	private UUID sentByStaffId;

	private Instant receivedAt;

	private Instant decidedAt;

	private Instant withdrawnAt;

	private String decisionComment;

	private UUID interventionId;

	@MappedCollection(idColumn = "referral_id", keyColumn = "step_index")
	private final List<ReferralStep> steps;

	@Version
	private Integer version;

	@PersistenceCreator
	Referral(UUID id, UUID personId, UUID fromUnitId, UUID toUnitId, UUID createdByStaffId, String reason,
			String question, Urgency urgency, ReferralStatus status, Instant createdAt, Instant sentAt,
			UUID sentByStaffId, Instant receivedAt, Instant decidedAt, Instant withdrawnAt, String decisionComment,
			UUID interventionId, List<ReferralStep> steps, Integer version) {
		this.id = id;
		this.personId = personId;
		this.fromUnitId = fromUnitId;
		this.toUnitId = toUnitId;
		this.createdByStaffId = createdByStaffId;
		this.reason = reason;
		this.question = question;
		this.urgency = urgency;
		this.status = status;
		this.createdAt = createdAt;
		this.sentAt = sentAt;
		this.outboxAt = (sentAt != null) ? sentAt : createdAt;
		this.sentByStaffId = sentByStaffId;
		this.receivedAt = receivedAt;
		this.decidedAt = decidedAt;
		this.withdrawnAt = withdrawnAt;
		this.decisionComment = decisionComment;
		this.interventionId = interventionId;
		this.steps = new ArrayList<>((steps != null) ? steps : List.of());
		this.version = version;
	}

	/** A new draft: reason and question required, urgency normal unless said. */
	static Referral draft(UUID personId, UUID fromUnitId, UUID toUnitId, UUID staffId, String reason, String question,
			Urgency urgency, Instant now) {
		String cleanReason = text(reason, "reason");
		String cleanQuestion = text(question, "question");
		Referral referral = new Referral(UUID.randomUUID(), Objects.requireNonNull(personId),
				Objects.requireNonNull(fromUnitId), Objects.requireNonNull(toUnitId), Objects.requireNonNull(staffId),
				cleanReason, cleanQuestion, (urgency != null) ? urgency : Urgency.NORMAL, ReferralStatus.DRAFT, now,
				null, null, null, null, null, null, null, List.of(), null);
		referral.steps.add(new ReferralStep(ReferralStatus.DRAFT, now, staffId, fromUnitId, null));
		return referral;
	}

	private static String text(String value, String field) {
		String stripped = (value != null) ? value.strip() : "";
		if (stripped.isEmpty()) {
			throw new DomainException(ErrorCode.VALIDATION_FAILED, "error.referral." + field + "-required");
		}
		if (stripped.length() > TEXT_MAX) {
			throw new DomainException(ErrorCode.VALIDATION_FAILED, "error.referral." + field + "-too-long", TEXT_MAX);
		}
		return stripped;
	}

	/** Which side of this referral the unit is on, if any. */
	Side sideOf(UUID unitId) {
		if (this.fromUnitId.equals(unitId)) {
			return Side.SENDER;
		}
		if (this.toUnitId.equals(unitId) && this.status != ReferralStatus.DRAFT) {
			return Side.RECEIVER;
		}
		return null;
	}

	void send(UUID staffId, Instant now) {
		move(ReferralMove.SEND, staffId, this.fromUnitId, now, null);
		this.sentAt = now;
		this.outboxAt = now;
		this.sentByStaffId = staffId;
	}

	void receive(UUID staffId, Instant now) {
		move(ReferralMove.RECEIVE, staffId, this.toUnitId, now, null);
		this.receivedAt = now;
	}

	/**
	 * The receiving unit decides; declining needs a reason, accepting records the
	 * intervention it opened.
	 */
	void decide(Outcome outcome, String comment, UUID staffId, Instant now) {
		String cleaned = (comment != null && !comment.isBlank()) ? comment.strip() : null;
		ReferralMove move = outcome.move();
		move.from(this.status);
		if (move == ReferralMove.DECLINE && cleaned == null) {
			throw new DomainException(ErrorCode.VALIDATION_FAILED, "error.referral.decline-reason-required");
		}
		if (cleaned != null && cleaned.length() > TEXT_MAX) {
			throw new DomainException(ErrorCode.VALIDATION_FAILED, "error.referral.comment-too-long", TEXT_MAX);
		}
		move(move, staffId, this.toUnitId, now, cleaned);
		this.decidedAt = now;
		this.decisionComment = cleaned;
	}

	void openedIntervention(UUID interventionId) {
		this.interventionId = interventionId;
	}

	void withdraw(UUID staffId, Instant now) {
		move(ReferralMove.WITHDRAW, staffId, this.fromUnitId, now, null);
		this.withdrawnAt = now;
	}

	private void move(ReferralMove move, UUID staffId, UUID unitId, Instant now, String comment) {
		this.status = move.from(this.status);
		this.steps.add(new ReferralStep(this.status, now, staffId, unitId, comment));
	}

	/** When it stopped waiting: decided or withdrawn; {@code null} while it waits. */
	Instant closedAt() {
		return (this.decidedAt != null) ? this.decidedAt : this.withdrawnAt;
	}

	public UUID id() {
		return this.id;
	}

	public UUID personId() {
		return this.personId;
	}

	public UUID fromUnitId() {
		return this.fromUnitId;
	}

	public UUID toUnitId() {
		return this.toUnitId;
	}

	public UUID createdByStaffId() {
		return this.createdByStaffId;
	}

	public String reason() {
		return this.reason;
	}

	public String question() {
		return this.question;
	}

	public Urgency urgency() {
		return this.urgency;
	}

	public ReferralStatus status() {
		return this.status;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public Instant sentAt() {
		return this.sentAt;
	}

	public UUID sentByStaffId() {
		return this.sentByStaffId;
	}

	public Instant receivedAt() {
		return this.receivedAt;
	}

	public Instant decidedAt() {
		return this.decidedAt;
	}

	public Instant withdrawnAt() {
		return this.withdrawnAt;
	}

	public String decisionComment() {
		return this.decisionComment;
	}

	public UUID interventionId() {
		return this.interventionId;
	}

	public List<ReferralStep> steps() {
		return List.copyOf(this.steps);
	}

	public Integer version() {
		return this.version;
	}

}

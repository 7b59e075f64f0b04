package se.samverkan.activityplans;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import se.samverkan.shared.DomainException;
import se.samverkan.shared.ErrorCode;

/**
 * The one approval rule of the agreement (R12, R15): something is submitted to a set of
 * parties (units); the head of operations of each party approves it for their unit, or
 * sends it back with a reason; it is approved only when every party has. A change after
 * approval starts a new revision in {@code DRAFT} that needs every approval again; a
 * change while approvals are being collected is refused. Immutable: every move returns
 * the cycle after it.
 *
 * @param status where it stands
 * @param revision 1 for the first version, one more for each change after approval
 * @param parties the units whose approval is needed, fixed at submission
 * @param approvals the approvals given, by unit
 * @param sentBack the last send-back, until the next submission
 */
public record ApprovalCycle(ApprovalStatus status, int revision, Set<UUID> parties, Map<UUID, Approval> approvals,
		SendBack sentBack) {

	/** Longest reason for a send-back, in characters. */
	public static final int REASON_MAX = 2000;

	public ApprovalCycle {
		Objects.requireNonNull(status);
		parties = Set.copyOf(new LinkedHashSet<>(parties));
		approvals = Map.copyOf(approvals);
		if (!parties.containsAll(approvals.keySet())) {
			throw new IllegalArgumentException("approvals from units that are not parties");
		}
	}

	/** A new first revision, being drafted. */
	public static ApprovalCycle draft() {
		return new ApprovalCycle(ApprovalStatus.DRAFT, 1, Set.of(), Map.of(), null);
	}

	/**
	 * Sends the draft to the parties for approval.
	 * @param partyUnitIds the units that must approve; at least one
	 */
	public ApprovalCycle submit(Collection<UUID> partyUnitIds) {
		requireStatus(ApprovalStatus.DRAFT, "error.approval.not-draft");
		if (partyUnitIds == null || partyUnitIds.isEmpty()) {
			throw new DomainException(ErrorCode.VALIDATION_FAILED, "error.approval.no-parties");
		}
		return new ApprovalCycle(ApprovalStatus.IN_APPROVAL, this.revision, Set.copyOf(partyUnitIds), Map.of(), null);
	}

	/**
	 * Records the approval of the approver's unit; the last one makes it approved.
	 * @throws DomainException {@code forbidden} unless the approver is the head of
	 * operations of a party, {@code invalid-transition} unless it is in approval and that
	 * party has not approved yet
	 */
	public ApprovalCycle approve(Approver approver, Instant at) {
		requireStatus(ApprovalStatus.IN_APPROVAL, "error.approval.not-in-approval");
		requireParty(approver);
		if (this.approvals.containsKey(approver.unitId())) {
			throw new DomainException(ErrorCode.INVALID_TRANSITION, "error.approval.already-approved");
		}
		Map<UUID, Approval> given = new LinkedHashMap<>(this.approvals);
		given.put(approver.unitId(), new Approval(approver.unitId(), approver.staffId(), Objects.requireNonNull(at)));
		ApprovalStatus next = given.keySet().containsAll(this.parties) ? ApprovalStatus.APPROVED
				: ApprovalStatus.IN_APPROVAL;
		return new ApprovalCycle(next, this.revision, this.parties, given, null);
	}

	/**
	 * Sends it back to be reworked: back to {@code DRAFT}, every approval given so far
	 * dropped, the reason kept for the drafters.
	 */
	public ApprovalCycle sendBack(Approver approver, String reason, Instant at) {
		requireStatus(ApprovalStatus.IN_APPROVAL, "error.approval.not-in-approval");
		requireParty(approver);
		if (reason == null || reason.isBlank()) {
			throw new DomainException(ErrorCode.VALIDATION_FAILED, "error.approval.reason-required");
		}
		if (reason.strip().length() > REASON_MAX) {
			throw new DomainException(ErrorCode.VALIDATION_FAILED, "error.too-long", REASON_MAX);
		}
		return new ApprovalCycle(ApprovalStatus.DRAFT, this.revision, Set.of(), Map.of(),
				new SendBack(approver.unitId(), approver.staffId(), reason.strip(), Objects.requireNonNull(at)));
	}

	/**
	 * The cycle after a change to the content: a draft stays as it is, an approved one
	 * becomes a new revision in {@code DRAFT} that needs every approval again.
	 * @throws DomainException {@code invalid-transition} while approvals are collected
	 */
	public ApprovalCycle change() {
		return switch (this.status) {
			case DRAFT -> this;
			case IN_APPROVAL -> throw new DomainException(ErrorCode.INVALID_TRANSITION, "error.approval.in-approval");
			case APPROVED -> new ApprovalCycle(ApprovalStatus.DRAFT, this.revision + 1, Set.of(), Map.of(), null);
		};
	}

	/** Whether a change now starts a new revision (the current one stays readable). */
	public boolean changeStartsNewRevision() {
		return this.status == ApprovalStatus.APPROVED;
	}

	/** The parties that have not approved yet (none unless in approval). */
	public Set<UUID> pending() {
		Set<UUID> pending = new LinkedHashSet<>(this.parties);
		pending.removeAll(this.approvals.keySet());
		return pending;
	}

	/** Whether this approver may approve or send back now. */
	public boolean mayDecide(Approver approver) {
		return this.status == ApprovalStatus.IN_APPROVAL && approver.headOfOperations()
				&& pending().contains(approver.unitId());
	}

	/** The approvals given, in the order given. */
	public List<Approval> approvalsInOrder() {
		return this.approvals.values().stream().sorted(java.util.Comparator.comparing(Approval::approvedAt)).toList();
	}

	private void requireStatus(ApprovalStatus expected, String messageKey) {
		if (this.status != expected) {
			throw new DomainException(ErrorCode.INVALID_TRANSITION, messageKey);
		}
	}

	private void requireParty(Approver approver) {
		if (!approver.headOfOperations()) {
			throw new DomainException(ErrorCode.FORBIDDEN, "error.approval.head-of-operations-only");
		}
		if (!this.parties.contains(approver.unitId())) {
			throw new DomainException(ErrorCode.FORBIDDEN, "error.approval.not-a-party");
		}
	}

	/** One party's approval: which unit, who approved, when. */
	public record Approval(UUID unitId, UUID approvedBy, Instant approvedAt) {
	}

	/** Who sent it back, for which unit, why and when. */
	public record SendBack(UUID unitId, UUID sentBackBy, String reason, Instant sentBackAt) {
	}

	/**
	 * Who wants to decide: a staff member, their unit and whether they are its head of
	 * operations.
	 */
	public record Approver(UUID staffId, UUID unitId, boolean headOfOperations) {
	}

}

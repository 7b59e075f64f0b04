package se.samverkan.activityplans;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import se.samverkan.activityplans.ApprovalCycle.Approver;
import se.samverkan.shared.DomainException;
import se.samverkan.shared.ErrorCode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The one approval rule (R12, R15): every party's head of operations approves, or sends
 * back with a reason; a change after approval is a new revision that needs every approval
 * again.
 */
class ApprovalCycleTests {

	static final Instant AT = Instant.parse("2026-11-20T09:00:00Z");

	/** The 18 parties of the agreement: 16 municipal LSS units, BUH and VH. */
	final List<UUID> parties = new ArrayList<>();

	ApprovalCycleTests() {
		for (int i = 0; i < 18; i++) {
			this.parties.add(UUID.randomUUID());
		}
	}

	Approver headOf(UUID unit) {
		return new Approver(UUID.randomUUID(), unit, true);
	}

	ApprovalCycle submitted() {
		return ApprovalCycle.draft().submit(this.parties);
	}

	@Test
	@DisplayName("R12 the plan is approved only when all 18 parties have approved")
	void r12ApprovedOnlyWhenAllEighteenPartiesHaveApproved() {
		ApprovalCycle cycle = submitted();
		assertThat(cycle.status()).isEqualTo(ApprovalStatus.IN_APPROVAL);
		assertThat(cycle.pending()).hasSize(18);
		for (int i = 0; i < 17; i++) {
			cycle = cycle.approve(headOf(this.parties.get(i)), AT.plusSeconds(i));
			assertThat(cycle.status()).isEqualTo(ApprovalStatus.IN_APPROVAL);
		}
		assertThat(cycle.pending()).containsExactly(this.parties.get(17));
		assertThat(cycle.approvals()).hasSize(17);

		cycle = cycle.approve(headOf(this.parties.get(17)), AT.plusSeconds(60));

		assertThat(cycle.status()).isEqualTo(ApprovalStatus.APPROVED);
		assertThat(cycle.pending()).isEmpty();
		assertThat(cycle.approvalsInOrder()).extracting(ApprovalCycle.Approval::unitId)
			.containsExactlyElementsOf(this.parties);
	}

	@Test
	@DisplayName("R12 only a head of operations of a party approves, once for their unit")
	void r12OnlyAHeadOfOperationsOfAPartyApprovesOnce() {
		ApprovalCycle cycle = submitted();
		UUID unit = this.parties.get(0);

		assertThatThrownBy(() -> cycle.approve(new Approver(UUID.randomUUID(), unit, false), AT))
			.isInstanceOfSatisfying(DomainException.class,
					(ex) -> assertThat(ex.code()).isEqualTo(ErrorCode.FORBIDDEN));
		assertThatThrownBy(() -> cycle.approve(headOf(UUID.randomUUID()), AT)).isInstanceOfSatisfying(
				DomainException.class, (ex) -> assertThat(ex.code()).isEqualTo(ErrorCode.FORBIDDEN));
		ApprovalCycle once = cycle.approve(headOf(unit), AT);
		assertThatThrownBy(() -> once.approve(headOf(unit), AT)).isInstanceOfSatisfying(DomainException.class,
				(ex) -> assertThat(ex.code()).isEqualTo(ErrorCode.INVALID_TRANSITION));
		assertThat(once.mayDecide(headOf(unit))).isFalse();
		assertThat(once.mayDecide(headOf(this.parties.get(1)))).isTrue();
	}

	@Test
	@DisplayName("R12 nothing is approved before it is submitted")
	void r12NothingIsApprovedBeforeSubmission() {
		assertThatThrownBy(() -> ApprovalCycle.draft().approve(headOf(this.parties.get(0)), AT)).isInstanceOfSatisfying(
				DomainException.class, (ex) -> assertThat(ex.code()).isEqualTo(ErrorCode.INVALID_TRANSITION));
		assertThatThrownBy(() -> ApprovalCycle.draft().submit(List.of())).isInstanceOf(DomainException.class);
		assertThatThrownBy(() -> submitted().submit(this.parties)).isInstanceOfSatisfying(DomainException.class,
				(ex) -> assertThat(ex.code()).isEqualTo(ErrorCode.INVALID_TRANSITION));
	}

	@Test
	@DisplayName("R12 a head of operations sends the plan back with a reason: a draft again, approvals lapse")
	void r12SendBackWithAReasonMakesADraftAgain() {
		ApprovalCycle cycle = submitted().approve(headOf(this.parties.get(0)), AT);
		Approver karlstad = headOf(this.parties.get(1));

		assertThatThrownBy(() -> cycle.sendBack(karlstad, " ", AT)).isInstanceOfSatisfying(DomainException.class,
				(ex) -> assertThat(ex.code()).isEqualTo(ErrorCode.VALIDATION_FAILED));
		ApprovalCycle back = cycle.sendBack(karlstad, "Resurserna för Karlstad saknas.", AT.plusSeconds(5));

		assertThat(back.status()).isEqualTo(ApprovalStatus.DRAFT);
		assertThat(back.revision()).isEqualTo(1);
		assertThat(back.approvals()).isEmpty();
		assertThat(back.sentBack().reason()).isEqualTo("Resurserna för Karlstad saknas.");
		assertThat(back.sentBack().unitId()).isEqualTo(this.parties.get(1));
		ApprovalCycle again = back.submit(this.parties);
		assertThat(again.sentBack()).isNull();
		assertThat(again.pending()).hasSize(18);
	}

	@Test
	@DisplayName("R12 a change after approval makes a new revision in DRAFT that needs every approval again")
	void r12ChangeAfterApprovalMakesANewRevision() {
		ApprovalCycle approved = submitted();
		for (UUID party : this.parties) {
			approved = approved.approve(headOf(party), AT);
		}
		assertThat(approved.changeStartsNewRevision()).isTrue();

		ApprovalCycle changed = approved.change();

		assertThat(changed.status()).isEqualTo(ApprovalStatus.DRAFT);
		assertThat(changed.revision()).isEqualTo(2);
		assertThat(changed.approvals()).isEmpty();
		assertThat(changed.change()).isSameAs(changed);
		assertThat(changed.changeStartsNewRevision()).isFalse();
		assertThat(changed.submit(this.parties).pending()).hasSize(18);
	}

	@Test
	@DisplayName("R12 nothing changes while the approvals are being collected")
	void r12NoChangeWhileInApproval() {
		assertThatThrownBy(() -> submitted().change()).isInstanceOfSatisfying(DomainException.class,
				(ex) -> assertThat(ex.code()).isEqualTo(ErrorCode.INVALID_TRANSITION));
	}

}

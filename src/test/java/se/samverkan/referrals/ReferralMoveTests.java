package se.samverkan.referrals;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import se.samverkan.referrals.ReferralMove.Side;
import se.samverkan.shared.DomainException;
import se.samverkan.shared.ErrorCode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samverkan.referrals.ReferralStatus.ACCEPTED;
import static se.samverkan.referrals.ReferralStatus.DECLINED;
import static se.samverkan.referrals.ReferralStatus.DRAFT;
import static se.samverkan.referrals.ReferralStatus.RECEIVED;
import static se.samverkan.referrals.ReferralStatus.SENT;
import static se.samverkan.referrals.ReferralStatus.WITHDRAWN;

/**
 * The status machine of a referral (R6), every move from every status: the allowed ones
 * lead where the issue says, every other one is an invalid transition.
 */
class ReferralMoveTests {

	/** The whole machine as the issue and the contract write it: move → (from → to). */
	private static final Map<ReferralMove, Map<ReferralStatus, ReferralStatus>> ALLOWED = Map.of(ReferralMove.SEND,
			Map.of(DRAFT, SENT), ReferralMove.RECEIVE, Map.of(SENT, RECEIVED), ReferralMove.ACCEPT,
			Map.of(RECEIVED, ACCEPTED), ReferralMove.DECLINE, Map.of(RECEIVED, DECLINED), ReferralMove.WITHDRAW,
			Map.of(DRAFT, WITHDRAWN, SENT, WITHDRAWN, RECEIVED, WITHDRAWN));

	@ParameterizedTest(name = "{0}")
	@EnumSource(ReferralMove.class)
	@DisplayName("R6 every move is allowed from exactly its statuses and refused as an invalid transition from all others")
	void r6EveryMoveFromEveryStatus(ReferralMove move) {
		for (ReferralStatus status : ReferralStatus.values()) {
			ReferralStatus expected = ALLOWED.get(move).get(status);
			if (expected != null) {
				assertThat(move.allowedFrom(status)).as("%s from %s", move, status).isTrue();
				assertThat(move.from(status)).as("%s from %s", move, status).isEqualTo(expected);
			}
			else {
				assertThat(move.allowedFrom(status)).as("%s from %s", move, status).isFalse();
				assertThatThrownBy(() -> move.from(status)).as("%s from %s", move, status)
					.isInstanceOfSatisfying(DomainException.class, (ex) -> {
						assertThat(ex.code()).isEqualTo(ErrorCode.INVALID_TRANSITION);
						assertThat(ex.messageKey()).isEqualTo("error.referral.invalid-transition." + move.name());
					});
			}
		}
	}

	@Test
	@DisplayName("R6 the sending unit sends and withdraws; the receiving unit acknowledges, accepts and declines")
	void r6EachSideMakesItsOwnMoves() {
		assertThat(EnumSet.allOf(ReferralMove.class)).allSatisfy((move) -> assertThat(move.side())
			.isEqualTo(Set.of(ReferralMove.SEND, ReferralMove.WITHDRAW).contains(move) ? Side.SENDER : Side.RECEIVER));
		assertThat(ReferralMove.available(DRAFT, Side.SENDER)).containsExactly(ReferralMove.SEND,
				ReferralMove.WITHDRAW);
		assertThat(ReferralMove.available(DRAFT, Side.RECEIVER)).isEmpty();
		assertThat(ReferralMove.available(SENT, Side.SENDER)).containsExactly(ReferralMove.WITHDRAW);
		assertThat(ReferralMove.available(SENT, Side.RECEIVER)).containsExactly(ReferralMove.RECEIVE);
		assertThat(ReferralMove.available(RECEIVED, Side.RECEIVER)).containsExactly(ReferralMove.ACCEPT,
				ReferralMove.DECLINE);
		assertThat(ReferralMove.available(RECEIVED, Side.SENDER)).containsExactly(ReferralMove.WITHDRAW);
		for (ReferralStatus closed : EnumSet.of(ACCEPTED, DECLINED, WITHDRAWN)) {
			assertThat(closed.closed()).isTrue();
			assertThat(ReferralMove.available(closed, Side.SENDER)).isEmpty();
			assertThat(ReferralMove.available(closed, Side.RECEIVER)).isEmpty();
		}
	}

	@Test
	@DisplayName("R6 a referral records every move with who made it, and declining needs a reason")
	void r6TheAggregateRecordsItsHistory() {
		java.util.UUID sender = java.util.UUID.randomUUID();
		java.util.UUID receiver = java.util.UUID.randomUUID();
		java.time.Instant t = java.time.Instant.parse("2027-03-14T08:00:00Z");
		Referral referral = Referral.draft(java.util.UUID.randomUUID(), java.util.UUID.randomUUID(),
				java.util.UUID.randomUUID(), sender, " Skäl ", " Fråga ", null, t);
		assertThat(referral.urgency()).isEqualTo(Urgency.NORMAL);
		assertThat(referral.reason()).isEqualTo("Skäl");
		referral.send(sender, t.plusSeconds(60));
		referral.receive(receiver, t.plusSeconds(120));
		assertThatThrownBy(() -> referral.decide(Outcome.DECLINED, "  ", receiver, t.plusSeconds(180)))
			.isInstanceOfSatisfying(DomainException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("error.referral.decline-reason-required"));
		assertThat(referral.status()).isEqualTo(RECEIVED);
		referral.decide(Outcome.DECLINED, "Fel mottagare", receiver, t.plusSeconds(240));
		assertThat(referral.steps()).extracting(ReferralStep::status).containsExactly(DRAFT, SENT, RECEIVED, DECLINED);
		assertThat(referral.steps()).extracting(ReferralStep::staffId)
			.containsExactly(sender, sender, receiver, receiver);
		assertThat(referral.steps().get(3).comment()).isEqualTo("Fel mottagare");
		assertThatThrownBy(() -> referral.withdraw(sender, t.plusSeconds(300))).isInstanceOfSatisfying(
				DomainException.class, (ex) -> assertThat(ex.code()).isEqualTo(ErrorCode.INVALID_TRANSITION));
	}

	@Test
	@DisplayName("R6 a referral needs a reason and a question")
	void r6ReasonAndQuestionAreRequired() {
		java.util.UUID id = java.util.UUID.randomUUID();
		assertThatThrownBy(() -> Referral.draft(id, id, id, id, " ", "Fråga", Urgency.URGENT, java.time.Instant.now()))
			.isInstanceOfSatisfying(DomainException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("error.referral.reason-required"));
		assertThatThrownBy(() -> Referral.draft(id, id, id, id, "Skäl", null, Urgency.URGENT, java.time.Instant.now()))
			.isInstanceOfSatisfying(DomainException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("error.referral.question-required"));
	}

}

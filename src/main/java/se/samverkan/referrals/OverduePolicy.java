package se.samverkan.referrals;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import static se.samverkan.shared.Timestamps.utc;

/**
 * When a referral waits too long (the settings of {@link ReferralsProperties}): a sent
 * referral not received, or a received one not decided, within its time counted from
 * sending — shorter for urgent ones. Drafts, decided and withdrawn referrals never are.
 * The same rule, as SQL, for the lists and the daily reminder.
 */
@Component
public class OverduePolicy {

	/**
	 * The SQL condition on table alias {@code r}; its parameters come from
	 * {@link #parameters}. Its first line says what the rest implies, in the terms of the
	 * indexes on (unit, status, sent_at, urgency), so that a unit's count reads its
	 * waiting referrals sent before the latest cutoff and no others.
	 */
	static final String SQL = """
			(r.status in ('SENT', 'RECEIVED') and r.sent_at < :latestCutoff
			 and ((r.status = 'SENT' and ((r.urgency = 'URGENT' and r.sent_at < :urgentReceiptCutoff)
			                      or (r.urgency <> 'URGENT' and r.sent_at < :receiptCutoff)))
			 or (r.status = 'RECEIVED' and ((r.urgency = 'URGENT' and r.sent_at < :urgentDecisionCutoff)
			                      or (r.urgency <> 'URGENT' and r.sent_at < :decisionCutoff)))))""";

	private final ReferralsProperties properties;

	OverduePolicy(ReferralsProperties properties) {
		this.properties = properties;
	}

	/**
	 * By when the referral should have moved on, {@code null} when it waits for nothing.
	 */
	public Instant dueAt(ReferralStatus status, Urgency urgency, Instant sentAt) {
		if (sentAt == null || !status.waitingForReceiver()) {
			return null;
		}
		return sentAt.plus(within(status, urgency));
	}

	public boolean isOverdue(ReferralStatus status, Urgency urgency, Instant sentAt, Instant now) {
		Instant due = dueAt(status, urgency, sentAt);
		return due != null && due.isBefore(now);
	}

	private Duration within(ReferralStatus status, Urgency urgency) {
		boolean urgent = urgency == Urgency.URGENT;
		if (status == ReferralStatus.SENT) {
			return urgent ? this.properties.urgentReceiptWithin() : this.properties.receiptWithin();
		}
		return urgent ? this.properties.urgentDecisionWithin() : this.properties.decisionWithin();
	}

	/** The parameters of {@link #SQL} at that moment. */
	Map<String, Object> parameters(Instant now) {
		Duration shortest = Stream
			.of(this.properties.receiptWithin(), this.properties.urgentReceiptWithin(),
					this.properties.decisionWithin(), this.properties.urgentDecisionWithin())
			.min(Comparator.naturalOrder())
			.orElseThrow();
		return Map.of("receiptCutoff", utc(now.minus(this.properties.receiptWithin())), "urgentReceiptCutoff",
				utc(now.minus(this.properties.urgentReceiptWithin())), "decisionCutoff",
				utc(now.minus(this.properties.decisionWithin())), "urgentDecisionCutoff",
				utc(now.minus(this.properties.urgentDecisionWithin())), "latestCutoff", utc(now.minus(shortest)));
	}

}

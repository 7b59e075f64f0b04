package se.samverkan.referrals;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of referrals: how long a referral may wait for receipt and for a decision,
 * counted from sending, before it is overdue (shorter for urgent ones), and when the
 * daily reminder of overdue referrals runs.
 *
 * @param receiptWithin a normal referral's time for receipt (default 3 days)
 * @param decisionWithin a normal referral's time for a decision (default 21 days)
 * @param urgentReceiptWithin an urgent referral's time for receipt (default 1 day)
 * @param urgentDecisionWithin an urgent referral's time for a decision (default 5 days)
 * @param reminderCron when the reminder runs (default 07:00 Swedish time, daily); "-"
 * switches it off
 */
@ConfigurationProperties("samverkan.referrals")
public record ReferralsProperties(@DefaultValue("P3D") Duration receiptWithin,
		@DefaultValue("P21D") Duration decisionWithin, @DefaultValue("P1D") Duration urgentReceiptWithin,
		@DefaultValue("P5D") Duration urgentDecisionWithin, @DefaultValue("0 0 7 * * *") String reminderCron) {

	public ReferralsProperties {
		for (Duration duration : new Duration[] { receiptWithin, decisionWithin, urgentReceiptWithin,
				urgentDecisionWithin }) {
			if (duration.isNegative() || duration.isZero()) {
				throw new IllegalArgumentException("samverkan.referrals: waiting times must be positive");
			}
		}
	}

}

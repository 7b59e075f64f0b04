package se.samverkan.referrals;

import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.shared.YearlyCounts;

/**
 * Aggregate counts of the referrals created in a year, for the annual report (R12): by
 * status and by the sending unit's principal. Counts only, no personal data, so no access
 * log.
 */
@Service
@Transactional(readOnly = true)
public class ReferralFigures {

	private final YearlyCounts counts;

	ReferralFigures(YearlyCounts counts) {
		this.counts = counts;
	}

	/** The year's referrals by status (every status present, zero if none). */
	public Map<String, Long> byStatus(int year) {
		return this.counts.of(year, """
				select status, count(*) from referral
				where created_at >= :from and created_at < :to group by status
				""", ReferralStatus.values());
	}

	/**
	 * The year's referrals by the name of the sending unit's principal (municipality).
	 */
	public Map<String, Long> bySendingPrincipal(int year) {
		return this.counts.of(year, """
				select p.name, count(*) from referral r
				join unit u on u.id = r.from_unit_id join principal p on p.id = u.principal_id
				where r.created_at >= :from and r.created_at < :to group by p.name
				""");
	}

}

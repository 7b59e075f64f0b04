package se.samverkan.referrals;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.shared.CalendarYear;

/**
 * Aggregate counts of the referrals created in a year, for the annual report (R12): by
 * status and by the sending unit's principal. Counts only, no personal data, so no access
 * log.
 */
@Service
@Transactional(readOnly = true)
public class ReferralFigures {

	private final JdbcClient jdbc;

	private final Clock clock;

	ReferralFigures(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The year's referrals by status (every status present, zero if none). */
	public Map<String, Long> byStatus(int year) {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (ReferralStatus status : ReferralStatus.values()) {
			counts.put(status.name(), 0L);
		}
		this.jdbc.sql("""
				select status, count(*) as n from referral
				where created_at >= :from and created_at < :to group by status
				""").param("from", year(year).from()).param("to", year(year).to()).query((rs) -> {
			counts.put(rs.getString("status"), rs.getLong("n"));
		});
		return counts;
	}

	/**
	 * The year's referrals by the name of the sending unit's principal (municipality).
	 */
	public Map<String, Long> bySendingPrincipal(int year) {
		Map<String, Long> counts = new TreeMap<>();
		this.jdbc.sql("""
				select p.name as name, count(*) as n from referral r
				join unit u on u.id = r.from_unit_id join principal p on p.id = u.principal_id
				where r.created_at >= :from and r.created_at < :to group by p.name
				""").param("from", year(year).from()).param("to", year(year).to()).query((rs) -> {
			counts.put(rs.getString("name"), rs.getLong("n"));
		});
		return counts;
	}

	private CalendarYear year(int year) {
		return CalendarYear.of(year, this.clock.getZone());
	}

}

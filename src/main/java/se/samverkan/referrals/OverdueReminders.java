package se.samverkan.referrals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.notification.Notice;

/**
 * Reminds the receiving unit of each overdue referral ({@link OverduePolicy}), at most
 * once a day per referral: the day of the last reminder is kept with the referral,
 * outside its version, so that a reminder never makes a user's move stale.
 */
@Service
public class OverdueReminders {

	static final String NOTICE_OVERDUE = "notice.referral.overdue";

	private final JdbcClient jdbc;

	private final OverduePolicy policy;

	private final ReferralManagement referrals;

	private final ApplicationEventPublisher events;

	OverdueReminders(JdbcClient jdbc, OverduePolicy policy, ReferralManagement referrals,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.policy = policy;
		this.referrals = referrals;
		this.events = events;
	}

	/** Reminds of every referral overdue at that moment not yet reminded of that day. */
	@Transactional
	public int remind(Instant now, ZoneId zone) {
		LocalDate today = LocalDate.ofInstant(now, zone);
		List<Overdue> overdue = this.jdbc
			.sql("""
					select r.id, r.to_unit_id, r.from_unit_id from referral r
					where (r.last_reminded_on is null or r.last_reminded_on < :today) and """ + OverduePolicy.SQL
					+ " order by r.sent_at, r.id")
			.param("today", today)
			.params(this.policy.parameters(now))
			.query((rs, row) -> new Overdue(rs.getObject("id", UUID.class), rs.getObject("to_unit_id", UUID.class),
					rs.getObject("from_unit_id", UUID.class)))
			.list();
		for (Overdue referral : overdue) {
			this.jdbc.sql("update referral set last_reminded_on = :today where id = :id")
				.param("today", today)
				.param("id", referral.id())
				.update();
			var staff = this.referrals.staffOf(referral.toUnitId());
			if (!staff.isEmpty()) {
				this.events.publishEvent(new Notice(staff, NOTICE_OVERDUE,
						List.of(this.referrals.unitName(referral.fromUnitId())), "/referrals/" + referral.id()));
			}
		}
		return overdue.size();
	}

	private record Overdue(UUID id, UUID toUnitId, UUID fromUnitId) {
	}

}

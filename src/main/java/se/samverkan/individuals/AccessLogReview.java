package se.samverkan.individuals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.organisation.SignedInStaff;
import se.samverkan.organisation.StaffFunction;
import se.samverkan.shared.DomainException;
import se.samverkan.shared.ErrorCode;
import se.samverkan.shared.Page;
import se.samverkan.shared.PageRequest;

/**
 * Log review (*loggkontroll*, L3): the reads a manager should look into — reads of
 * persons their unit registered, made by another unit that today has no basis for them.
 * <p>
 * The named query {@link #READS_WITHOUT_CURRENT_BASIS} defines it. A read by unit U of a
 * person registered by the manager's unit R (U ≠ R) is listed when, today,
 * <ul>
 * <li>{@code NO_LONGER_INVOLVED}: U is not involved with the person — it has no
 * involvement, or it became involved through an intervention and none of its
 * interventions for the person is ongoing (ended on or before today); or</li>
 * <li>{@code CONSENT_ENDED}: U belongs to another principal than R and no consent of the
 * person that is active today (not revoked, not past its end date, a guardian's not past
 * the 18th birthday) covers both principals.</li>
 * </ul>
 * A read meeting both is listed once, as {@code NO_LONGER_INVOLVED}. Newest reads first.
 */
@Service
@Transactional(readOnly = true)
public class AccessLogReview {

	/** The reads without a current basis, for one registering unit and one day. */
	static final String READS_WITHOUT_CURRENT_BASIS = """
			from (
			  select a.id, a.at, a.person_id, a.username, a.unit_id, a.unit_name, a.action,
			    (not exists (select 1 from person_involvement i
			                 where i.person_id = a.person_id and i.unit_id = a.unit_id
			                   and (i.reason <> 'INTERVENTION'
			                        or exists (select 1 from intervention n
			                                   where n.person_id = a.person_id and n.unit_id = a.unit_id
			                                     and (n.ended_on is null or n.ended_on > :today))))) as no_longer_involved,
			    ((au.principal_id is null or au.principal_id <> ru.principal_id)
			     and not exists (select 1 from consent c
			                     join consent_principal c1 on c1.consent_id = c.id and c1.principal_id = ru.principal_id
			                     join consent_principal c2 on c2.consent_id = c.id and c2.principal_id = au.principal_id
			                     where c.person_id = a.person_id and c.revoked_at is null
			                       and (c.valid_until is null or c.valid_until >= :today)
			                       and (c.majority_on is null or c.majority_on > :today))) as consent_ended
			  from person p
			  join unit ru on ru.id = p.registered_by_unit_id
			  join access_log a on a.person_id = p.id and a.unit_id <> p.registered_by_unit_id
			  left join unit au on au.id = a.unit_id
			  where p.registered_by_unit_id = :unit
			) r
			where r.no_longer_involved or r.consent_ended
			""";

	private final JdbcClient jdbc;

	private final Clock clock;

	AccessLogReview(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The reads to review for the caller's unit; for its managers and heads of operations
	 * only.
	 */
	public Page<Item> review(SignedInStaff me, PageRequest page) {
		if (!me.holds(StaffFunction.MANAGER) && !me.holds(StaffFunction.HEAD_OF_OPERATIONS)) {
			throw new DomainException(ErrorCode.FORBIDDEN, "error.access-log.review.managers-only");
		}
		UUID unit = me.unit().id();
		LocalDate today = LocalDate.now(this.clock);
		long total = this.jdbc.sql("select count(*) " + READS_WITHOUT_CURRENT_BASIS)
			.param("unit", unit)
			.param("today", today)
			.query(Long.class)
			.single();
		List<Item> items = this.jdbc.sql("""
				select r.at, r.person_id, r.username, r.unit_id, r.unit_name, r.action, r.no_longer_involved
				""" + READS_WITHOUT_CURRENT_BASIS + " order by r.at desc, r.id limit :limit offset :offset")
			.param("unit", unit)
			.param("today", today)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, row) -> new Item(rs.getObject("at", OffsetDateTime.class).toInstant(),
					rs.getObject("person_id", UUID.class), rs.getString("username"),
					rs.getObject("unit_id", UUID.class), rs.getString("unit_name"),
					AccessAction.valueOf(rs.getString("action")),
					rs.getBoolean("no_longer_involved") ? Reason.NO_LONGER_INVOLVED : Reason.CONSENT_ENDED))
			.list();
		return new Page<>(items, page.page(), page.size(), total);
	}

	/** Why a read is listed for review. */
	public enum Reason {

		NO_LONGER_INVOLVED, CONSENT_ENDED

	}

	/** One read to review. */
	public record Item(Instant at, UUID personId, String username, UUID unitId, String unitName, AccessAction action,
			Reason reason) {
	}

}

package se.samverkan.referrals;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import static se.samverkan.shared.Timestamps.instant;

/**
 * Reads several referrals with their steps in two statements. The repository reads each
 * referral's steps in a statement of its own: twenty more for a page of the inbox.
 */
@Component
class ReferralReads {

	private static final String SELECT = """
			select id, person_id, from_unit_id, to_unit_id, created_by_staff_id, reason, question, urgency, status,
			       created_at, sent_at, sent_by_staff_id, received_at, decided_at, withdrawn_at, decision_comment,
			       intervention_id, version
			from referral
			""";

	private final JdbcClient jdbc;

	ReferralReads(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Those referrals, in the order of the ids; ids not found are left out. */
	List<Referral> byIds(List<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<UUID, List<ReferralStep>> steps = stepsOf("referral_id in (:id)", Map.of("id", ids));
		Map<UUID, Referral> found = new HashMap<>();
		this.jdbc.sql(SELECT + " where id in (:ids)")
			.param("ids", ids)
			.query((rs, row) -> referral(rs, steps))
			.list()
			.forEach((referral) -> found.put(referral.id(), referral));
		return ids.stream().map(found::get).filter((referral) -> referral != null).toList();
	}

	/**
	 * Where the unit sees the person's referrals: those it wrote, and those sent to it
	 * (as {@link Referral#sideOf}). On the timeline a referral stands at its time
	 * ({@link ReferralView#timelineAt()}: when sent, or written if not sent), newest
	 * first.
	 */
	private static final String ON_TIMELINE = """
			where person_id = :person and (from_unit_id = :unit or (to_unit_id = :unit and status <> 'DRAFT'))
			order by coalesce(sent_at, created_at) desc, id
			""";

	/**
	 * When the person's newest referrals the unit sees stand on the timeline, newest
	 * first, at most {@code limit}.
	 */
	List<Instant> timesOnTimeline(UUID personId, UUID unitId, int limit) {
		return this.jdbc.sql("select coalesce(sent_at, created_at) from referral " + ON_TIMELINE + " limit :limit")
			.param("person", personId)
			.param("unit", unitId)
			.param("limit", limit)
			.query((rs, row) -> rs.getObject(1, OffsetDateTime.class).toInstant())
			.list();
	}

	/**
	 * The person's referrals the unit sees, in the order of {@link #timesOnTimeline},
	 * from {@code offset} on, at most {@code limit}.
	 */
	List<Referral> onTimeline(UUID personId, UUID unitId, long offset, int limit) {
		Map<String, Object> params = Map.of("person", personId, "unit", unitId, "limit", limit, "offset", offset);
		String page = "select id from referral " + ON_TIMELINE + " limit :limit offset :offset";
		Map<UUID, List<ReferralStep>> steps = stepsOf("referral_id in (" + page + ")", params);
		return this.jdbc.sql(SELECT + " where id in (" + page + ") order by coalesce(sent_at, created_at) desc, id")
			.params(params)
			.query((rs, row) -> referral(rs, steps))
			.list();
	}

	private Map<UUID, List<ReferralStep>> stepsOf(String where, Map<String, ?> params) {
		Map<UUID, List<ReferralStep>> steps = new HashMap<>();
		this.jdbc
			.sql("select referral_id, status, at, staff_id, unit_id, comment from referral_step where " + where
					+ " order by referral_id, step_index")
			.params(params)
			.query((rs) -> {
				steps.computeIfAbsent(rs.getObject("referral_id", UUID.class), (referral) -> new ArrayList<>())
					.add(new ReferralStep(ReferralStatus.valueOf(rs.getString("status")), instant(rs, "at"),
							rs.getObject("staff_id", UUID.class), rs.getObject("unit_id", UUID.class),
							rs.getString("comment")));
			});
		return steps;
	}

	private static Referral referral(ResultSet rs, Map<UUID, List<ReferralStep>> steps) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		return new Referral(id, rs.getObject("person_id", UUID.class), rs.getObject("from_unit_id", UUID.class),
				rs.getObject("to_unit_id", UUID.class), rs.getObject("created_by_staff_id", UUID.class),
				rs.getString("reason"), rs.getString("question"), Urgency.valueOf(rs.getString("urgency")),
				ReferralStatus.valueOf(rs.getString("status")), instant(rs, "created_at"), instant(rs, "sent_at"),
				rs.getObject("sent_by_staff_id", UUID.class), instant(rs, "received_at"), instant(rs, "decided_at"),
				instant(rs, "withdrawn_at"), rs.getString("decision_comment"),
				rs.getObject("intervention_id", UUID.class), steps.getOrDefault(id, List.of()), rs.getInt("version"));
	}

}

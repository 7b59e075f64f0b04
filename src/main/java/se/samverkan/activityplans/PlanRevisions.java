package se.samverkan.activityplans;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The earlier revisions of all plans: a snapshot of the whole plan as it stood when it
 * was changed after approval, readable for ever.
 */
@Component
class PlanRevisions {

	private final JdbcClient jdbc;

	PlanRevisions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void keep(UUID planId, int revision, Instant at, String snapshot) {
		this.jdbc.sql("""
				insert into activity_plan_revision (id, activity_plan_id, revision, archived_at, snapshot)
				values (:id, :plan, :revision, :at, :snapshot)
				""")
			.param("id", UUID.randomUUID())
			.param("plan", planId)
			.param("revision", revision)
			.param("at", OffsetDateTime.ofInstant(at, java.time.ZoneOffset.UTC))
			.param("snapshot", snapshot)
			.update();
	}

	List<String> snapshots(UUID planId) {
		return this.jdbc
			.sql("select snapshot from activity_plan_revision where activity_plan_id = :plan order by revision desc")
			.param("plan", planId)
			.query(String.class)
			.list();
	}

	List<Instant> archivedAt(UUID planId) {
		return this.jdbc
			.sql("select archived_at from activity_plan_revision where activity_plan_id = :plan order by revision desc")
			.param("plan", planId)
			.query((rs, row) -> rs.getObject("archived_at", OffsetDateTime.class).toInstant())
			.list();
	}

	Optional<String> snapshot(UUID planId, int revision) {
		return this.jdbc
			.sql("select snapshot from activity_plan_revision where activity_plan_id = :plan and revision = :revision")
			.param("plan", planId)
			.param("revision", revision)
			.query(String.class)
			.optional();
	}

}

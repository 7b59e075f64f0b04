package se.samverkan.activityplans;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.samverkan.shared.PageRequest;

/**
 * Reads the activities of plans with their matters and contributions in three statements,
 * and a page of plans with their counts in one. The repository reads two more statements
 * per activity, and a plan's parties and approvals to count them.
 */
@Component
class ActivityReads {

	private static final String OF_PLANS = "a.activity_plan_id in (:plans)";

	private static final String SUMMARIES = """
			select p.id, p.plan_year, p.status, p.revision,
			       (select count(*) from activity a where a.activity_plan_id = p.id) as activities,
			       (select count(*) from activity_plan_approval a where a.activity_plan_id = p.id) as approved,
			       (select count(*) from activity_plan_party a where a.activity_plan_id = p.id) as parties
			from activity_plan p
			order by p.plan_year desc, p.id
			""";

	private final JdbcClient jdbc;

	ActivityReads(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The plan's activities in their order. */
	List<Activity> ofPlan(UUID planId) {
		return ofPlans(List.of(planId)).getOrDefault(planId, List.of());
	}

	/** The activities of those plans, by plan, each plan's in their order. */
	Map<UUID, List<Activity>> ofPlans(Collection<UUID> planIds) {
		if (planIds.isEmpty()) {
			return Map.of();
		}
		Map<UUID, Set<Activity.LinkedMatter>> matters = byActivity(
				"select m.activity_id, m.matter_id from activity_matter m join activity a on a.id = m.activity_id",
				planIds, (rs, row) -> new Activity.LinkedMatter(id(rs, "matter_id")));
		Map<UUID, Set<Activity.Contribution>> contributions = byActivity(
				"select c.activity_id, c.unit_id, c.resources from activity_contribution c "
						+ "join activity a on a.id = c.activity_id",
				planIds, (rs, row) -> new Activity.Contribution(id(rs, "unit_id"), rs.getString("resources")));
		Map<UUID, List<Activity>> byPlan = new LinkedHashMap<>();
		this.jdbc
			.sql("select a.id, a.activity_plan_id, a.position, a.title, a.goal, a.responsible_staff_id, a.due_on, "
					+ "a.version from activity a where " + OF_PLANS + " order by a.activity_plan_id, a.position, a.id")
			.param("plans", planIds)
			.query((rs) -> {
				UUID id = id(rs, "id");
				Activity activity = new Activity(id, id(rs, "activity_plan_id"), rs.getInt("position"),
						rs.getString("title"), rs.getString("goal"), id(rs, "responsible_staff_id"),
						rs.getObject("due_on", LocalDate.class), matters.getOrDefault(id, Set.of()),
						contributions.getOrDefault(id, Set.of()), rs.getInt("version"));
				byPlan.computeIfAbsent(activity.activityPlanId(), (key) -> new ArrayList<>()).add(activity);
			});
		return byPlan;
	}

	/**
	 * Those activities by id, each with its plan's year, read with their plans'
	 * activities.
	 */
	Map<UUID, OfYear> byIds(Collection<UUID> activityIds) {
		Map<UUID, OfYear> found = new HashMap<>();
		if (activityIds.isEmpty()) {
			return found;
		}
		Map<UUID, Integer> years = new HashMap<>();
		this.jdbc.sql("""
				select distinct p.id, p.plan_year from activity a join activity_plan p on p.id = a.activity_plan_id
				where a.id in (:activities)
				""").param("activities", activityIds).query((rs) -> {
			years.put(id(rs, "id"), rs.getInt("plan_year"));
		});
		if (years.isEmpty()) {
			return found;
		}
		ofPlans(years.keySet()).forEach((plan, activities) -> activities.stream()
			.filter((activity) -> activityIds.contains(activity.id()))
			.forEach((activity) -> found.put(activity.id(), new OfYear(years.get(plan), activity))));
		return found;
	}

	/** The activities of the year's plan; none without a plan. */
	List<Activity> ofYear(int year) {
		List<UUID> plan = this.jdbc.sql("select id from activity_plan where plan_year = :year")
			.param("year", year)
			.query(UUID.class)
			.list();
		return plan.isEmpty() ? List.of() : ofPlans(plan).getOrDefault(plan.get(0), List.of());
	}

	/** The activities of every plan, by year, newest first. */
	Map<Integer, List<Activity>> byYear() {
		Map<UUID, Integer> years = new LinkedHashMap<>();
		this.jdbc.sql("select id, plan_year from activity_plan order by plan_year desc").query((rs) -> {
			years.put(id(rs, "id"), rs.getInt("plan_year"));
		});
		Map<UUID, List<Activity>> activities = ofPlans(years.keySet());
		Map<Integer, List<Activity>> byYear = new LinkedHashMap<>();
		years.forEach((plan, year) -> byYear.put(year, activities.getOrDefault(plan, List.of())));
		return byYear;
	}

	/**
	 * Every plan, newest year first, each with how many activities, approvals and parties
	 * it has.
	 */
	List<ActivityPlanView.Summary> summaries() {
		return this.jdbc.sql(SUMMARIES).query(ActivityReads::summary).list();
	}

	/** A page of {@link #summaries()}. */
	List<ActivityPlanView.Summary> summaries(PageRequest page) {
		return this.jdbc.sql(SUMMARIES + " limit :limit offset :offset")
			.param("offset", page.offset())
			.param("limit", page.size())
			.query(ActivityReads::summary)
			.list();
	}

	/**
	 * What a select of rows with an {@code activity_id} finds for the plans' activities,
	 * by activity.
	 */
	private <T> Map<UUID, Set<T>> byActivity(String select, Collection<UUID> planIds, RowMapper<T> mapper) {
		Map<UUID, Set<T>> found = new HashMap<>();
		this.jdbc.sql(select + " where " + OF_PLANS).param("plans", planIds).query((rs) -> {
			found.computeIfAbsent(id(rs, "activity_id"), (key) -> new HashSet<>()).add(mapper.mapRow(rs, 0));
		});
		return found;
	}

	private static ActivityPlanView.Summary summary(ResultSet rs, int row) throws SQLException {
		return new ActivityPlanView.Summary(id(rs, "id"), rs.getInt("plan_year"),
				ApprovalStatus.valueOf(rs.getString("status")), rs.getInt("revision"), rs.getInt("activities"),
				rs.getInt("approved"), rs.getInt("parties"));
	}

	private static UUID id(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, UUID.class);
	}

	/** An activity with its plan's year. */
	record OfYear(int year, Activity activity) {
	}

}

package se.samverkan.workinggroups;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The working group of each activity with its milestones, for a year's progress (R17,
 * R18): two statements for all the activities, where loading each activity's groups took
 * a statement for the group and one for each of its collections.
 */
@Repository
class ProgressReads {

	private final JdbcClient jdbc;

	ProgressReads(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The first group formed for each of the activities that has one. */
	Map<UUID, Group> ofActivities(Collection<UUID> activityIds) {
		if (activityIds.isEmpty()) {
			return Map.of();
		}
		Map<UUID, Group> byActivity = new LinkedHashMap<>();
		this.jdbc.sql("""
				select id, activity_id, name, completed_at from working_group where activity_id in (:activities)
				order by formed_at, id
				""").param("activities", activityIds).query((rs) -> {
			byActivity.putIfAbsent(rs.getObject("activity_id", UUID.class), new Group(rs.getObject("id", UUID.class),
					rs.getString("name"), rs.getObject("completed_at") != null, new ArrayList<>()));
		});
		if (byActivity.isEmpty()) {
			return byActivity;
		}
		Map<UUID, Group> byId = new HashMap<>();
		byActivity.values().forEach((group) -> byId.put(group.id(), group));
		this.jdbc.sql("""
				select working_group_id, title, due_on, done_on from working_group_milestone
				where working_group_id in (:groups) order by working_group_id, position
				""").param("groups", byId.keySet()).query((rs) -> {
			byId.get(rs.getObject("working_group_id", UUID.class))
				.milestones()
				.add(new WorkingGroup.Milestone(rs.getString("title"), rs.getObject("due_on", LocalDate.class),
						rs.getObject("done_on", LocalDate.class)));
		});
		return byActivity;
	}

	/** A group as its activity's progress needs it. */
	record Group(UUID id, String name, boolean completed, List<WorkingGroup.Milestone> milestones) {
	}

}

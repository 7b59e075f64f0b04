package se.samverkan.activityplans.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;

import se.samverkan.activityplans.ActivityContent;
import se.samverkan.activityplans.ActivityPlanView;

/**
 * An activity as the form edits it: up to three parties' contributions (R22), the matters
 * it comes from (R17), and the version of the plan the user saw.
 */
record ActivityForm(String title, String goal, UUID responsibleStaffId,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn, List<UUID> matterIds, UUID unit1,
		String resources1, UUID unit2, String resources2, UUID unit3, String resources3, Integer planVersion) {

	static ActivityForm empty(int year, int planVersion) {
		return new ActivityForm("", "", null, LocalDate.of(year, 12, 31), List.of(), null, "", null, "", null, "",
				planVersion);
	}

	static ActivityForm of(ActivityPlanView.ActivityView activity, int planVersion) {
		List<ActivityPlanView.ContributionView> c = activity.contributions();
		return new ActivityForm(activity.title(), activity.goal(), activity.responsibleStaffId(), activity.dueOn(),
				activity.matterIds(), (c.size() > 0) ? c.get(0).unitId() : null,
				(c.size() > 0) ? c.get(0).resources() : "", (c.size() > 1) ? c.get(1).unitId() : null,
				(c.size() > 1) ? c.get(1).resources() : "", (c.size() > 2) ? c.get(2).unitId() : null,
				(c.size() > 2) ? c.get(2).resources() : "", planVersion);
	}

	ActivityContent content() {
		Map<UUID, String> contributions = new LinkedHashMap<>();
		put(contributions, this.unit1, this.resources1);
		put(contributions, this.unit2, this.resources2);
		put(contributions, this.unit3, this.resources3);
		return new ActivityContent(this.title, this.goal,
				(this.matterIds != null) ? Set.copyOf(this.matterIds) : Set.of(), this.responsibleStaffId, this.dueOn,
				contributions);
	}

	private static void put(Map<UUID, String> contributions, UUID unit, String resources) {
		if (unit != null && resources != null && !resources.isBlank()) {
			contributions.put(unit, resources);
		}
	}

	/** Which field each refusal belongs to. */
	static final Map<String, String> FIELDS = Map.of("error.activity.title-required", "title",
			"error.activity.goal-required", "goal", "error.activity.responsible-required", "responsibleStaffId",
			"error.activity.responsible-unknown", "responsibleStaffId", "error.activity.due-on-required", "dueOn",
			"error.activity.resources-required", "resources1");

}

package se.samverkan.activityplans;

import java.util.List;

/**
 * What a plan's page shows, read in one transaction: the plan, its earlier revisions,
 * whether the reader may draft (steering group) and whether they may approve or send back
 * the plan now (R12).
 */
public record PlanPage(ActivityPlanView plan, List<ActivityPlanView.RevisionSummary> revisions, boolean mayDraft,
		boolean mayDecide) {

	public PlanPage {
		revisions = List.copyOf(revisions);
	}

}

package se.samverkan.activityplans;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A plan as pages, the API, the PDF and the snapshots of earlier revisions show it: its
 * approval status with every party (who approved, who is still pending) and its
 * activities.
 */
public record ActivityPlanView(UUID id, int year, ApprovalStatus status, int revision, int version, Instant createdAt,
		Instant submittedAt, Instant approvedAt, List<PartyView> parties, List<UUID> pendingUnitIds,
		SendBackView sentBack, List<ActivityView> activities) {

	public ActivityPlanView {
		parties = List.copyOf(parties);
		pendingUnitIds = List.copyOf(pendingUnitIds);
		activities = List.copyOf(activities);
	}

	/** The parties that have approved, in the order they did. */
	public List<PartyView> approvals() {
		return this.parties.stream()
			.filter(PartyView::approved)
			.sorted(java.util.Comparator.comparing(PartyView::approvedAt))
			.toList();
	}

	/** The parties still to approve. */
	public List<PartyView> pending() {
		return this.parties.stream().filter((party) -> !party.approved()).toList();
	}

	/** One party of the approval: its unit and, once given, its approval. */
	public record PartyView(UUID unitId, String unitName, UUID approvedBy, String approvedByName, Instant approvedAt) {

		public boolean approved() {
			return this.approvedAt != null;
		}

	}

	/** The last send-back: by whom, for which unit, why and when. */
	public record SendBackView(UUID unitId, String unitName, String byName, String reason, Instant at) {
	}

	/** An activity with the names behind its ids. */
	public record ActivityView(UUID id, UUID planId, int year, String title, String goal, List<UUID> matterIds,
			List<String> matterTitles, UUID responsibleStaffId, String responsibleName, LocalDate dueOn,
			List<ContributionView> contributions, int version) {

		public ActivityView {
			matterIds = List.copyOf(matterIds);
			matterTitles = (matterTitles != null) ? List.copyOf(matterTitles) : List.of();
			contributions = List.copyOf(contributions);
		}

	}

	/** What one party contributes to an activity (R22). */
	public record ContributionView(UUID unitId, String unitName, String resources) {
	}

	/** An earlier revision of a plan, kept when an approved plan was changed. */
	public record RevisionSummary(int revision, ApprovalStatus status, Instant approvedAt, Instant archivedAt) {
	}

	/** A plan in the list of all plans. */
	public record Summary(UUID id, int year, ApprovalStatus status, int revision, int activities, int approved,
			int parties) {
	}

}

package se.samverkan.workinggroups;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A working group with names, its progress and what the reader may do. */
public record WorkingGroupView(UUID id, String name, UUID activityId, String activityTitle, int year, UUID directiveId,
		UUID leadStaffId, String leadName, Instant formedAt, Instant completedAt, List<MemberView> members,
		List<MilestoneView> milestones, List<ReportView> reports, int percent, ProgressStatus status, int version) {

	/** A member: name, unit, mandate and its approval. */
	public record MemberView(UUID staffId, String displayName, String unitName, String mandate, boolean approved,
			String approvedBy, Instant approvedAt, UUID nearestManagerId) {
	}

	/** A milestone of the implementation plan. */
	public record MilestoneView(int position, String title, LocalDate dueOn, LocalDate doneOn) {

		public boolean done() {
			return this.doneOn != null;
		}

	}

	/** A report: kind, text, who posted it and when. */
	public record ReportView(UUID id, ReportKind kind, String text, String postedBy, Instant postedAt) {

		/** Annual reports go to the preparation group (R18). */
		public boolean toPreparationGroup() {
			return this.kind == ReportKind.ANNUAL;
		}

	}

	/** A report as the annual report lists it: its group's name, kind, text and time. */
	public record PostedReport(String groupName, ReportKind kind, String text, Instant postedAt) {
	}

	/** One activity's progress at a glance (R17, R18). */
	public record ActivityProgress(UUID activityId, int year, String title, String responsibleName, LocalDate dueOn,
			UUID workingGroupId, String workingGroupName, int milestones, int milestonesDone, int percent,
			ProgressStatus status) {
	}

	/** A member just recruited, with the group as it now is. */
	public record Recruited(WorkingGroupView group, MemberView member) {
	}

	/** A report just posted, with the group as it now is. */
	public record Reported(WorkingGroupView group, ReportView report) {
	}

}

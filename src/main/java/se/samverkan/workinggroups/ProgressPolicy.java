package se.samverkan.workinggroups;

import java.time.LocalDate;
import java.util.List;

/**
 * How far an activity has come and whether it is on track (R17, R18): done once its
 * working group has posted the final report; otherwise the share of milestones reached,
 * and late when a milestone not reached, or the activity itself, is past its date.
 */
public final class ProgressPolicy {

	private ProgressPolicy() {
	}

	/**
	 * @param milestones the working group's implementation plan (empty without a group)
	 * @param finalReported whether the final report is in
	 * @param activityDueOn when the activity is due
	 * @param today the date of the reading
	 */
	public static Progress of(List<WorkingGroup.Milestone> milestones, boolean finalReported, LocalDate activityDueOn,
			LocalDate today) {
		if (finalReported) {
			return new Progress(100, ProgressStatus.DONE);
		}
		long reached = milestones.stream().filter(WorkingGroup.Milestone::done).count();
		int percent = milestones.isEmpty() ? 0 : (int) (reached * 100 / milestones.size());
		boolean milestoneLate = milestones.stream()
			.anyMatch((milestone) -> !milestone.done() && milestone.dueOn().isBefore(today));
		boolean activityLate = activityDueOn != null && activityDueOn.isBefore(today);
		return new Progress(percent, (milestoneLate || activityLate) ? ProgressStatus.LATE : ProgressStatus.ON_TRACK);
	}

	/** Per cent of milestones reached and the status. */
	public record Progress(int percent, ProgressStatus status) {
	}

}

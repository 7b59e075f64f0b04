package se.samverkan.workinggroups;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every activity's progress at a glance: per cent and on track, late or done (R17, R18).
 */
class ProgressPolicyTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

	@Test
	@DisplayName("R18 progress is the share of milestones reached, on track while nothing is overdue")
	void r18ShareOfMilestonesOnTrack() {
		List<WorkingGroup.Milestone> milestones = List.of(
				new WorkingGroup.Milestone("Kartläggning", TODAY.minusDays(10), TODAY.minusDays(12)),
				new WorkingGroup.Milestone("Förslag", TODAY.plusDays(30), null),
				new WorkingGroup.Milestone("Beslut", TODAY.plusDays(60), null),
				new WorkingGroup.Milestone("Införande", TODAY.plusDays(90), null));

		assertThat(ProgressPolicy.of(milestones, false, TODAY.plusMonths(6), TODAY))
			.isEqualTo(new ProgressPolicy.Progress(25, ProgressStatus.ON_TRACK));
	}

	@Test
	@DisplayName("R18 a milestone past its date and not reached makes the activity late")
	void r18OverdueMilestoneIsLate() {
		List<WorkingGroup.Milestone> milestones = List.of(
				new WorkingGroup.Milestone("Kartläggning", TODAY.minusDays(1), null),
				new WorkingGroup.Milestone("Förslag", TODAY.plusDays(30), TODAY.minusDays(2)));

		assertThat(ProgressPolicy.of(milestones, false, TODAY.plusMonths(6), TODAY))
			.isEqualTo(new ProgressPolicy.Progress(50, ProgressStatus.LATE));
	}

	@Test
	@DisplayName("R17 an activity past its due date without a final report is late, even without a group")
	void r17ActivityPastDueIsLate() {
		assertThat(ProgressPolicy.of(List.of(), false, TODAY.minusDays(1), TODAY))
			.isEqualTo(new ProgressPolicy.Progress(0, ProgressStatus.LATE));
		assertThat(ProgressPolicy.of(List.of(), false, TODAY, TODAY))
			.isEqualTo(new ProgressPolicy.Progress(0, ProgressStatus.ON_TRACK));
	}

	@Test
	@DisplayName("R18 the final report makes the activity done at 100 per cent")
	void r18FinalReportIsDone() {
		assertThat(ProgressPolicy.of(List.of(new WorkingGroup.Milestone("x", TODAY.minusDays(5), null)), true,
				TODAY.minusDays(1), TODAY))
			.isEqualTo(new ProgressPolicy.Progress(100, ProgressStatus.DONE));
	}

}

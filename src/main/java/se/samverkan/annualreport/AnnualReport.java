package se.samverkan.annualreport;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A year's annual report (R12): every figure computed from the system's own data, and the
 * steering group's narrative.
 */
public record AnnualReport(int year, Map<String, Map<String, Long>> mattersByCategoryAndStatus,
		Map<String, Long> mattersByCategory, long mattersReported, long deviations,
		Map<String, Long> activitiesByStatus, Map<String, Long> workingGroupReportsByKind,
		List<GroupReport> workingGroupReports, Integer evaluationResponses, Map<String, Double> evaluationAverages,
		String narrative, String narrativeBy, Instant narrativeAt, int narrativeVersion) {

	/** One working group's report of the year. */
	public record GroupReport(String group, String kind, String text, Instant postedAt) {
	}

}

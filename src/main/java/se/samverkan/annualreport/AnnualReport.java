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
		String narrative, String narrativeBy, Instant narrativeAt, int narrativeVersion, Meetings meetings,
		Map<String, Long> referralsByStatus, Map<String, Long> referralsByMunicipality,
		Map<String, Long> contactsByChannel) {

	/** The steering group's meetings of the year against the twice-a-year rule. */
	public record Meetings(int planned, int held, int required, boolean meetsRequirement) {
	}

	/** One working group's report of the year. */
	public record GroupReport(String group, String kind, String text, Instant postedAt) {
	}

}

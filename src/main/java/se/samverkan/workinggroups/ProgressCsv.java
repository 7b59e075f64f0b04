package se.samverkan.workinggroups;

import java.util.List;

/**
 * The plan and its progress as CSV (R17): one row per activity, semicolon-separated as
 * Swedish spreadsheets expect, every field quoted.
 */
public final class ProgressCsv {

	static final String HEADER = "year;activity;responsible;due_on;working_group;milestones;milestones_done;percent;status";

	private ProgressCsv() {
	}

	public static String of(List<WorkingGroupView.ActivityProgress> rows) {
		StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
		for (WorkingGroupView.ActivityProgress row : rows) {
			csv.append(String.join(";", quote(String.valueOf(row.year())), quote(row.title()),
					quote(row.responsibleName()), quote(String.valueOf(row.dueOn())), quote(row.workingGroupName()),
					quote(String.valueOf(row.milestones())), quote(String.valueOf(row.milestonesDone())),
					quote(String.valueOf(row.percent())), quote(row.status().name())))
				.append("\r\n");
		}
		return csv.toString();
	}

	private static String quote(String value) {
		String text = (value != null) ? value : "";
		// A leading =, +, - or @ would be a formula in a spreadsheet.
		if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		return "\"" + text.replace("\"", "\"\"") + "\"";
	}

}

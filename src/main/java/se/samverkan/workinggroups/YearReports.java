package se.samverkan.workinggroups;

import java.time.Year;
import java.time.ZoneId;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.samverkan.workinggroups.WorkingGroupView.PostedReport;

import static se.samverkan.shared.Timestamps.instant;

/**
 * The reports the groups posted in a year, for the annual report (R18): one statement
 * over the reports' time index, where reading every group ever formed with its
 * collections grew with the years.
 */
@Repository
class YearReports {

	private final JdbcClient jdbc;

	YearReports(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The year's reports, the year counted in {@code zone}, oldest first. */
	List<PostedReport> postedIn(int year, ZoneId zone) {
		return this.jdbc.sql("""
				select g.name, r.kind, r.text, r.posted_at
				from working_group_report r join working_group g on g.id = r.working_group_id
				where r.posted_at >= :from and r.posted_at < :until
				order by r.posted_at, r.report_id
				""")
			.param("from", Year.of(year).atDay(1).atStartOfDay(zone).toOffsetDateTime())
			.param("until", Year.of(year + 1).atDay(1).atStartOfDay(zone).toOffsetDateTime())
			.query((rs, row) -> new PostedReport(rs.getString("name"), ReportKind.valueOf(rs.getString("kind")),
					rs.getString("text"), instant(rs, "posted_at")))
			.list();
	}

}

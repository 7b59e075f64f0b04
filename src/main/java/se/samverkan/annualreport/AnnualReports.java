package se.samverkan.annualreport;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.activityplans.ActivityPlanManagement;
import se.samverkan.evaluation.EvaluationManagement;
import se.samverkan.evaluation.EvaluationResults;
import se.samverkan.matters.MatterCategory;
import se.samverkan.matters.MatterCount;
import se.samverkan.individuals.ContactFigures;
import se.samverkan.matters.MatterManagement;
import se.samverkan.meetings.MeetingViews;
import se.samverkan.organisation.Directory;
import se.samverkan.organisation.SignedInStaff;
import se.samverkan.referrals.ReferralFigures;
import se.samverkan.shared.AuditableEvent;
import se.samverkan.shared.DomainException;
import se.samverkan.shared.ErrorCode;
import se.samverkan.shared.PersonalIdentityNumber;
import se.samverkan.shared.StaleVersionException;
import se.samverkan.steeringgroup.SteeringGroup;
import se.samverkan.workinggroups.ProgressStatus;
import se.samverkan.workinggroups.ReportKind;
import se.samverkan.workinggroups.WorkingGroupManagement;
import se.samverkan.workinggroups.WorkingGroupView;

/**
 * Computes a year's annual report from the other modules' read methods (R12) and keeps
 * the steering group's narrative.
 */
@Service
@Transactional
public class AnnualReports {

	static final int NARRATIVE_MAX = 20000;

	private final MatterManagement matters;

	private final ActivityPlanManagement plans;

	private final WorkingGroupManagement groups;

	private final EvaluationManagement evaluations;

	private final SteeringGroup steeringGroup;

	private final Directory directory;

	private final MeetingViews meetings;

	private final ReferralFigures referrals;

	private final ContactFigures contacts;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AnnualReports(MatterManagement matters, ActivityPlanManagement plans, WorkingGroupManagement groups,
			EvaluationManagement evaluations, SteeringGroup steeringGroup, Directory directory, MeetingViews meetings,
			ReferralFigures referrals, ContactFigures contacts, JdbcClient jdbc, ApplicationEventPublisher events,
			Clock clock) {
		this.meetings = meetings;
		this.referrals = referrals;
		this.contacts = contacts;
		this.matters = matters;
		this.plans = plans;
		this.groups = groups;
		this.evaluations = evaluations;
		this.steeringGroup = steeringGroup;
		this.directory = directory;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public AnnualReport report(int year) {
		if (year < 2013 || year > 2100) {
			throw new DomainException(ErrorCode.VALIDATION_FAILED, "error.activity-plan.year-invalid");
		}
		List<MatterCount> counts = this.matters.countsForYear(year);
		Map<String, Map<String, Long>> byCategoryAndStatus = new TreeMap<>();
		Map<String, Long> byCategory = new LinkedHashMap<>();
		for (MatterCategory category : MatterCategory.values()) {
			byCategory.put(category.name(), 0L);
		}
		for (MatterCount count : counts) {
			byCategoryAndStatus.computeIfAbsent(count.category().name(), (key) -> new TreeMap<>())
				.merge(count.status().name(), count.count(), Long::sum);
			byCategory.merge(count.category().name(), count.count(), Long::sum);
		}
		long reported = counts.stream().mapToLong(MatterCount::count).sum();

		Map<String, Long> activities = new LinkedHashMap<>();
		for (ProgressStatus status : ProgressStatus.values()) {
			activities.put(status.name(), 0L);
		}
		this.groups.progress(year).forEach((p) -> activities.merge(p.status().name(), 1L, Long::sum));

		Map<String, Long> reportsByKind = new LinkedHashMap<>();
		for (ReportKind kind : ReportKind.values()) {
			reportsByKind.put(kind.name(), 0L);
		}
		List<AnnualReport.GroupReport> groupReports = new java.util.ArrayList<>();
		for (WorkingGroupView.PostedReport report : this.groups.reportsPostedIn(year)) {
			reportsByKind.merge(report.kind().name(), 1L, Long::sum);
			groupReports.add(new AnnualReport.GroupReport(report.groupName(), report.kind().name(), report.text(),
					report.postedAt()));
		}

		Optional<EvaluationResults> evaluation = this.evaluations.forYear(year);
		Map<String, Double> averages = new LinkedHashMap<>();
		evaluation.ifPresent((results) -> results.questions()
			.forEach((question) -> averages.put(question.questionId(), question.average())));

		record Narrative(String text, String by, Instant at, int version) {
		}
		Narrative narrative = this.jdbc
			.sql("select narrative, updated_by, updated_at, version from annual_report where report_year = :y")
			.param("y", year)
			.query((rs, row) -> new Narrative(rs.getString("narrative"),
					this.directory.staffMember(rs.getObject("updated_by", java.util.UUID.class))
						.map(Directory.StaffView::displayName)
						.orElse(""),
					rs.getObject("updated_at", OffsetDateTime.class).toInstant(), rs.getInt("version")))
			.optional()
			.orElse(new Narrative("", null, null, 0));
		return new AnnualReport(year, byCategoryAndStatus, byCategory, reported, this.matters.deviationsInYear(year),
				activities, reportsByKind, groupReports, evaluation.map(EvaluationResults::responses).orElse(null),
				averages, narrative.text(), narrative.by(), narrative.at(), narrative.version(), meetings(year),
				this.referrals.byStatus(year), this.referrals.bySendingPrincipal(year), this.contacts.byChannel(year));
	}

	private AnnualReport.Meetings meetings(int year) {
		MeetingViews.ScheduleState schedule = this.meetings.steeringGroupSchedule(year);
		return new AnnualReport.Meetings(schedule.planned(), schedule.held(), schedule.required(),
				schedule.meetsRequirement());
	}

	/**
	 * The steering group writes the narrative (R12); returns its new version. Only the
	 * narrative's version is read: the year's figures are counted when the report is
	 * shown, not when its text is saved.
	 */
	public int writeNarrative(SignedInStaff me, int year, String narrative, Integer expectedVersion) {
		if (!mayWrite(me)) {
			throw new DomainException(ErrorCode.FORBIDDEN, "error.activity-plan.steering-group-only");
		}
		String text = (narrative != null) ? narrative.strip() : "";
		if (text.length() > NARRATIVE_MAX) {
			throw new DomainException(ErrorCode.VALIDATION_FAILED, "error.too-long", NARRATIVE_MAX);
		}
		if (PersonalIdentityNumber.isContainedIn(text, java.time.LocalDate.now(this.clock))) {
			throw new DomainException(ErrorCode.PERSONAL_DATA_NOT_ALLOWED);
		}
		int current = this.jdbc.sql("select version from annual_report where report_year = :y")
			.param("y", year)
			.query(Integer.class)
			.optional()
			.orElse(0);
		StaleVersionException.check(expectedVersion, current);
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		int updated = this.jdbc.sql("""
				update annual_report set narrative = :n, updated_by = :by, updated_at = :at, version = version + 1
				where report_year = :y and version = :v
				""")
			.param("n", text)
			.param("by", me.staffId())
			.param("at", now)
			.param("y", year)
			.param("v", current)
			.update();
		if (updated == 0 && current > 0) {
			// saved by someone else between the read and the update
			throw new StaleVersionException();
		}
		if (updated == 0) {
			this.jdbc.sql("""
					insert into annual_report (report_year, narrative, updated_by, updated_at, version)
					values (:y, :n, :by, :at, 1)
					""").param("y", year).param("n", text).param("by", me.staffId()).param("at", now).update();
		}
		this.events.publishEvent(new NarrativeWritten(me.getUsername(), current, current + 1, "year " + year));
		return current + 1;
	}

	@Transactional(readOnly = true)
	public boolean mayWrite(SignedInStaff me) {
		return this.steeringGroup.isConvenerOrMember(me.staffId());
	}

	/** The charts of a report, as data URIs, by name. */
	@Transactional(readOnly = true)
	public Map<String, String> charts(AnnualReport report, java.util.function.Function<String, String> label) {
		Map<String, String> charts = new LinkedHashMap<>();
		Map<String, Long> matters = new LinkedHashMap<>();
		report.mattersByCategory().forEach((k, v) -> matters.put(label.apply("annualreport.category." + k), v));
		charts.put("matters", Charts.bars(label.apply("annualreport.chart.matters"), matters,
				label.apply("annualreport.chart.count")));
		Map<String, Long> activities = new LinkedHashMap<>();
		report.activitiesByStatus().forEach((k, v) -> activities.put(label.apply("workinggroups.status." + k), v));
		charts.put("activities", Charts.bars(label.apply("annualreport.chart.activities"), activities,
				label.apply("annualreport.chart.count")));
		Map<String, Long> referralStatuses = new LinkedHashMap<>();
		report.referralsByStatus()
			.forEach((k, v) -> referralStatuses.put(label.apply("annualreport.referral-status." + k), v));
		charts.put("referrals", Charts.bars(label.apply("annualreport.chart.referrals"), referralStatuses,
				label.apply("annualreport.chart.count")));
		Map<String, Long> channels = new LinkedHashMap<>();
		report.contactsByChannel().forEach((k, v) -> channels.put(label.apply("annualreport.channel." + k), v));
		charts.put("contacts", Charts.bars(label.apply("annualreport.chart.contacts"), channels,
				label.apply("annualreport.chart.count")));
		if (!report.evaluationAverages().isEmpty()) {
			Map<String, Double> averages = new LinkedHashMap<>();
			report.evaluationAverages().forEach((k, v) -> averages.put(label.apply("annualreport.question." + k), v));
			charts.put("evaluation", Charts.bars(label.apply("annualreport.chart.evaluation"), averages,
					label.apply("annualreport.chart.average")));
		}
		return charts;
	}

	/** The narrative of a year's report was written. */
	public record NarrativeWritten(String actor, Integer versionBefore, Integer versionAfter,
			String summary) implements AuditableEvent {

		@Override
		public String aggregateType() {
			return "AnnualReport";
		}

		@Override
		public java.util.UUID aggregateId() {
			return java.util.UUID.nameUUIDFromBytes(this.summary.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		}

	}

}

package se.samverkan.agreements;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.notification.Notice;
import se.samverkan.organisation.Directory;
import se.samverkan.organisation.Directory.StaffView;

/**
 * The reminders of the yearly cycle, sent to the conveners once each (R12, R16, R23): six
 * and three months before the current agreement ends; the activity plan for next year
 * from 1 September; the yearly evaluation from 1 November; the annual report of last year
 * from 15 January. A reminder is recorded in {@code yearly_reminder} under its key, so it
 * goes out once however often and wherever the job runs.
 */
@Component
public class YearlyReminders {

	static final MonthDay ACTIVITY_PLAN = MonthDay.of(9, 1);

	static final MonthDay EVALUATION = MonthDay.of(11, 1);

	static final MonthDay ANNUAL_REPORT = MonthDay.of(1, 15);

	private final AgreementManagement agreements;

	private final Directory directory;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	YearlyReminders(AgreementManagement agreements, Directory directory, JdbcClient jdbc,
			ApplicationEventPublisher events) {
		this.agreements = agreements;
		this.directory = directory;
		this.jdbc = jdbc;
		this.events = events;
	}

	/**
	 * Sends the reminders due on {@code today} that have not gone out yet.
	 * @return the keys of the reminders sent now
	 */
	@Transactional
	public List<String> sendDue(LocalDate today) {
		List<String> sent = new ArrayList<>();
		this.agreements.current().filter((agreement) -> !today.isAfter(agreement.validTo())).ifPresent((agreement) -> {
			if (!today.isBefore(agreement.validTo().minusMonths(6))) {
				send("agreement-" + agreement.id() + "-6-months", "agreements.reminder.six-months",
						List.of(agreement.title(), agreement.validTo().toString()), "/agreements", today, sent);
			}
			if (!today.isBefore(agreement.validTo().minusMonths(3))) {
				send("agreement-" + agreement.id() + "-3-months", "agreements.reminder.three-months",
						List.of(agreement.title(), agreement.validTo().toString()), "/agreements", today, sent);
			}
		});
		int year = today.getYear();
		if (!today.isBefore(ACTIVITY_PLAN.atYear(year))) {
			send("activity-plan-" + (year + 1), "agreements.reminder.activity-plan", List.of(String.valueOf(year + 1)),
					"/activity-plans", today, sent);
		}
		if (!today.isBefore(EVALUATION.atYear(year))) {
			send("evaluation-" + year, "agreements.reminder.evaluation", List.of(String.valueOf(year)), "/evaluations",
					today, sent);
		}
		if (!today.isBefore(ANNUAL_REPORT.atYear(year))) {
			send("annual-report-" + (year - 1), "agreements.reminder.annual-report", List.of(String.valueOf(year - 1)),
					"/annual-reports", today, sent);
		}
		return sent;
	}

	private void send(String key, String messageKey, List<String> arguments, String link, LocalDate today,
			List<String> sent) {
		int inserted = this.jdbc.sql("""
				insert into yearly_reminder (reminder_key, sent_at)
				select :key, :at where not exists (select 1 from yearly_reminder where reminder_key = :key)
				""").param("key", key).param("at", OffsetDateTime.of(today.atStartOfDay(), ZoneOffset.UTC)).update();
		if (inserted == 0) {
			return;
		}
		Set<UUID> conveners = this.directory.conveners().stream().map(StaffView::id).collect(Collectors.toSet());
		if (!conveners.isEmpty()) {
			this.events.publishEvent(new Notice(conveners, messageKey, arguments, link));
		}
		sent.add(key);
	}

}

package se.samverkan.agreements;

import java.time.Clock;
import java.time.LocalDate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the yearly cycle's reminders every morning, on one instance at a time across the
 * cluster (ShedLock); each reminder itself goes out once ({@link YearlyReminders}).
 */
@Component
class YearlyReminderJob {

	private final YearlyReminders reminders;

	private final Clock clock;

	YearlyReminderJob(YearlyReminders reminders, Clock clock) {
		this.reminders = reminders;
		this.clock = clock;
	}

	@Scheduled(cron = "${samverkan.agreements.reminder-cron:0 0 7 * * *}", zone = "Europe/Stockholm")
	@SchedulerLock(name = "yearly-reminders", lockAtMostFor = "PT10M", lockAtLeastFor = "PT1M")
	void run() {
		this.reminders.sendDue(LocalDate.now(this.clock));
	}

}

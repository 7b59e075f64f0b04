package se.samverkan.referrals;

import java.time.Clock;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Once a day (the setting {@code samverkan.referrals.reminder-cron}, Swedish time)
 * reminds receiving units of their overdue referrals, on one instance at a time across
 * the cluster (ShedLock).
 */
@Component
class OverdueReminderJob {

	private final OverdueReminders reminders;

	private final Clock clock;

	OverdueReminderJob(OverdueReminders reminders, Clock clock) {
		this.reminders = reminders;
		this.clock = clock;
	}

	@Scheduled(cron = "${samverkan.referrals.reminder-cron:0 0 7 * * *}", zone = "Europe/Stockholm")
	@SchedulerLock(name = "referrals-overdue-reminder", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
	void run() {
		this.reminders.remind(this.clock.instant(), this.clock.getZone());
	}

}

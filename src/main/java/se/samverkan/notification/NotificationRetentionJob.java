package se.samverkan.notification;

import java.time.Clock;
import java.time.LocalDate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the removal of old notifications (L7) on the configured schedule, on one instance
 * at a time across the cluster (ShedLock).
 */
@Component
class NotificationRetentionJob {

	private final NotificationRetention retention;

	private final Clock clock;

	NotificationRetentionJob(NotificationRetention retention, Clock clock) {
		this.retention = retention;
		this.clock = clock;
	}

	@Scheduled(cron = "${samverkan.notification.retention.cron:0 45 2 * * *}", zone = "Europe/Stockholm")
	@SchedulerLock(name = "notification-retention", lockAtMostFor = "PT1H", lockAtLeastFor = "PT1M")
	void run() {
		this.retention.removeOld(LocalDate.now(this.clock), this.clock.getZone());
	}

}

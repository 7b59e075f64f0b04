package se.samverkan.meetings;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs the early warning of R16 every morning, on one instance at a time (ShedLock). */
@Component
class ScheduleWatchJob {

	private final ScheduleWatch watch;

	ScheduleWatchJob(ScheduleWatch watch) {
		this.watch = watch;
	}

	@Scheduled(cron = "${samverkan.meetings.warn-cron:0 0 7 * * *}", zone = "Europe/Stockholm")
	@SchedulerLock(name = "meetings-schedule-watch", lockAtMostFor = "PT10M", lockAtLeastFor = "PT1M")
	void run() {
		this.watch.check();
	}

}

package se.samverkan.individuals;

import java.time.Clock;
import java.time.LocalDate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the removal of closed records (L7) on the configured schedule, on one instance at
 * a time across the cluster (ShedLock), in batches until nothing is left.
 */
@Component
class RetentionJob {

	private final RecordRetention retention;

	private final Clock clock;

	RetentionJob(RecordRetention retention, Clock clock) {
		this.retention = retention;
		this.clock = clock;
	}

	@Scheduled(cron = "${samverkan.individuals.retention.cron:0 30 2 * * *}", zone = "Europe/Stockholm")
	@SchedulerLock(name = "individuals-record-retention", lockAtMostFor = "PT1H", lockAtLeastFor = "PT1M")
	void run() {
		LocalDate today = LocalDate.now(this.clock);
		while (this.retention.removeClosedRecords(today, this.clock.getZone()) == RecordRetention.BATCH) {
			// the next batch
		}
	}

}

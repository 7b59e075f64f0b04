package se.samverkan.individuals;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the removal of closed records of every type (L7) on the configured schedule, on
 * one instance at a time across the cluster (ShedLock), in batches until nothing is left.
 */
@Component
class RetentionJob {

	private final RecordRetention retention;

	private final AccessLogPairs pairs;

	private final Clock clock;

	RetentionJob(RecordRetention retention, AccessLogPairs pairs, Clock clock) {
		this.retention = retention;
		this.pairs = pairs;
		this.clock = clock;
	}

	@Scheduled(cron = "${samverkan.individuals.retention.cron:0 30 2 * * *}", zone = "Europe/Stockholm")
	@SchedulerLock(name = "individuals-record-retention", lockAtMostFor = "PT1H", lockAtLeastFor = "PT1M")
	void run() {
		LocalDate today = LocalDate.now(this.clock);
		ZoneId zone = this.clock.getZone();
		while (this.retention.removeOldContacts(today, zone) == RecordRetention.BATCH) {
			// the next batch
		}
		while (this.retention.removeEndedConsents(today, zone) == RecordRetention.BATCH) {
			// the next batch
		}
		while (this.retention.removeClosedRecords(today, zone) == RecordRetention.BATCH) {
			// the next batch
		}
		// the pruned reads are taken out of their pairs, so these must hold them
		this.pairs.countWaiting();
		while (this.retention.pruneAccessLog(today, zone) == RecordRetention.ACCESS_LOG_BATCH) {
			// the next batch
		}
	}

}

package se.samverkan.notification;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.scheduling.support.SimpleTriggerContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the default settings the removal of old notifications (L7) runs every night; the
 * context is the plain one other tests share.
 */
@SpringBootTest
class NotificationRetentionScheduleTests {

	static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

	@Autowired
	ApplicationContext context;

	@Test
	@DisplayName("L7 by default the removal of old notifications runs every night at 02:45, Swedish time")
	void l7TheRemovalRunsNightly() {
		CronTask task = this.context.getBeansOfType(ScheduledTaskHolder.class)
			.values()
			.stream()
			.flatMap((holder) -> holder.getScheduledTasks().stream())
			.map((scheduled) -> scheduled.getTask())
			.filter((scheduled) -> scheduled.toString().endsWith("NotificationRetentionJob.run"))
			.map(CronTask.class::cast)
			.findFirst()
			.orElseThrow(() -> new AssertionError("the removal is not scheduled"));
		ZonedDateTime summerNoon = ZonedDateTime.of(2035, 6, 1, 12, 0, 0, 0, SWEDEN);

		assertThat(task.getExpression()).isEqualTo("0 45 2 * * *");
		assertThat(
				task.getTrigger().nextExecution(new SimpleTriggerContext(Clock.fixed(summerNoon.toInstant(), SWEDEN))))
			.isEqualTo(summerNoon.plusDays(1).withHour(2).withMinute(45).toInstant());
	}

}

package se.samverkan.notification;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long notifications are kept (L7), read or unread, counted from when they were
 * created; see {@link NotificationRetention}.
 *
 * @param period how long a notification is kept (default one year)
 * @param cron when the removal runs (default every night at 02:45, Swedish time); "-"
 * switches it off
 */
@ConfigurationProperties("samverkan.notification.retention")
record NotificationRetentionProperties(@DefaultValue("P1Y") Period period, @DefaultValue("0 45 2 * * *") String cron) {

	NotificationRetentionProperties {
		if (period == null || period.isNegative() || period.isZero()) {
			throw new IllegalArgumentException("samverkan.notification.retention.period must be positive");
		}
	}

}

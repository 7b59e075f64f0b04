package se.samverkan.individuals;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long closed individual records are kept (L7).
 *
 * @param personRecords how long a person's record is kept once closed (default ten
 * years); see {@link RecordRetention} for what "closed" means
 * @param cron when the removal runs (default every night at 02:30, Swedish time); "-"
 * switches it off
 */
@ConfigurationProperties("samverkan.individuals.retention")
public record RetentionProperties(@DefaultValue("P10Y") Period personRecords,
		@DefaultValue("0 30 2 * * *") String cron) {

	public RetentionProperties {
		if (personRecords.isNegative() || personRecords.isZero()) {
			throw new IllegalArgumentException("samverkan.individuals.retention.person-records must be positive");
		}
	}

}

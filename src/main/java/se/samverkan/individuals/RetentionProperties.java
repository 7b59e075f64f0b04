package se.samverkan.individuals;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long closed individual records are kept, per record type (L7: archive rules differ
 * between parties); each period counts from when the record closed. See
 * {@link RecordRetention} for what "closed" means for each type.
 *
 * @param personRecords a person's whole record once closed (default ten years)
 * @param contacts a contact or meeting, from when it took place (default ten years)
 * @param consents a consent, from when it was revoked or ended (default ten years)
 * @param accessLog a row of the access log (L3), from the read (default ten years)
 * @param cron when the removal runs (default every night at 02:30, Swedish time); "-"
 * switches it off
 */
@ConfigurationProperties("samverkan.individuals.retention")
public record RetentionProperties(@DefaultValue("P10Y") Period personRecords, @DefaultValue("P10Y") Period contacts,
		@DefaultValue("P10Y") Period consents, @DefaultValue("P10Y") Period accessLog,
		@DefaultValue("0 30 2 * * *") String cron) {

	public RetentionProperties {
		positive(personRecords, "person-records");
		positive(contacts, "contacts");
		positive(consents, "consents");
		positive(accessLog, "access-log");
	}

	private static void positive(Period period, String name) {
		if (period == null || period.isNegative() || period.isZero()) {
			throw new IllegalArgumentException("samverkan.individuals.retention." + name + " must be positive");
		}
	}

}

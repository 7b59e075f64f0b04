package se.samverkan.meetings;

import java.time.MonthDay;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the meetings.
 *
 * @param warnFrom from which day of the year the conveners are warned when fewer than two
 * steering-group meetings are held or planned (R16), as {@code MM-DD}; default 1
 * September
 * @param warnCron when the check runs (default every morning at 07:00, Swedish time)
 * @param baseUrl the address calendar events link back to
 */
@ConfigurationProperties("samverkan.meetings")
public record MeetingsProperties(@DefaultValue("09-01") String warnFrom, @DefaultValue("0 0 7 * * *") String warnCron,
		@DefaultValue("http://localhost:8080") String baseUrl) {

	public MeetingsProperties {
		MonthDay.parse("--" + warnFrom);
		baseUrl = baseUrl.strip().replaceAll("/+$", "");
	}

	public MonthDay warnFromDay() {
		return MonthDay.parse("--" + this.warnFrom);
	}

}

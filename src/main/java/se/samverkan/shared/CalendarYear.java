package se.samverkan.shared;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A calendar year as the yearly figures count it: from 1 January at midnight in the given
 * zone (Swedish time) up to, not including, the next year's. The bounds are in UTC so
 * that they bind the same way to {@code timestamp with time zone} on H2 and PostgreSQL.
 */
public record CalendarYear(OffsetDateTime from, OffsetDateTime to) {

	public static CalendarYear of(int year, ZoneId zone) {
		return new CalendarYear(start(year, zone), start(year + 1, zone));
	}

	private static OffsetDateTime start(int year, ZoneId zone) {
		return LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant().atOffset(ZoneOffset.UTC);
	}

}

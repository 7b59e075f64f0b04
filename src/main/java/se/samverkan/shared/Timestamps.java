package se.samverkan.shared;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * An instant as SQL binds and reads it: bound in UTC, so that it binds the same way to
 * {@code timestamp with time zone} on H2 and PostgreSQL, and read as an offset date-time,
 * which both drivers return for such a column.
 */
public final class Timestamps {

	private Timestamps() {
	}

	/** The instant in UTC; null for null. */
	public static OffsetDateTime utc(Instant instant) {
		return (instant != null) ? instant.atOffset(ZoneOffset.UTC) : null;
	}

	/** The column's instant; null for SQL null. */
	public static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

}

package se.samverkan.shared;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * An instant as SQL binds it: in UTC, so that it binds the same way to
 * {@code timestamp with time zone} on H2 and PostgreSQL.
 */
public final class Timestamps {

	private Timestamps() {
	}

	/** The instant in UTC; null for null. */
	public static OffsetDateTime utc(Instant instant) {
		return (instant != null) ? instant.atOffset(ZoneOffset.UTC) : null;
	}

}

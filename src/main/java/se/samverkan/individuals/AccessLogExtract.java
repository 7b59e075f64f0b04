package se.samverkan.individuals;

import java.time.Instant;
import java.util.List;

/**
 * The extract of a person's access log for the individual (*loggutdrag*, L3): who made
 * it, when, and every read, oldest first.
 */
public record AccessLogExtract(PersonView person, Instant generatedAt, String generatedBy, String generatedByUnit,
		List<AccessLogEntry> entries) {

	public AccessLogExtract {
		entries = List.copyOf(entries);
	}

}

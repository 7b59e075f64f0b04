package se.samverkan.individuals;

import java.time.Instant;
import java.util.UUID;

/** One read of a person's data (L3). */
public record AccessLogEntry(Instant at, UUID staffId, String username, UUID unitId, String unitName,
		AccessAction action) {
}

package se.samverkan.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * One recorded write: who ({@code actor}), when, what ({@code action} on an aggregate of
 * {@code aggregateType} with {@code aggregateId}), its version before and after, and a
 * short summary without personal data about individuals.
 */
public record AuditEntry(UUID id, Instant occurredAt, String actor, String action, String aggregateType,
		UUID aggregateId, Integer versionBefore, Integer versionAfter, String summary) {

}

package se.samverkan.audit;

import java.util.UUID;

/**
 * Which entries to read; every criterion is optional and blank text counts as absent.
 */
public record AuditQuery(String actor, String action, String aggregateType, UUID aggregateId) {

	public static final AuditQuery ALL = new AuditQuery(null, null, null, null);

	public AuditQuery {
		actor = blankToNull(actor);
		action = blankToNull(action);
		aggregateType = blankToNull(aggregateType);
	}

	public static AuditQuery forAggregate(UUID aggregateId) {
		return new AuditQuery(null, null, null, aggregateId);
	}

	public static AuditQuery byActor(String actor) {
		return new AuditQuery(actor, null, null, null);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}

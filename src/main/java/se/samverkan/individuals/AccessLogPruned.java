package se.samverkan.individuals;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import se.samverkan.shared.AuditableEvent;

/**
 * Rows of the access log (L3) older than their retention period were removed (L7): how
 * many and before which day, nothing about whom.
 */
public record AccessLogPruned(String actor, long rows, LocalDate before) implements AuditableEvent {

	/** The access log as one aggregate of the audit trail. */
	public static final UUID ACCESS_LOG = UUID.nameUUIDFromBytes("access_log".getBytes(StandardCharsets.UTF_8));

	@Override
	public String aggregateType() {
		return "AccessLog";
	}

	@Override
	public UUID aggregateId() {
		return ACCESS_LOG;
	}

	@Override
	public String summary() {
		return "retention: " + this.rows + " rows before " + this.before;
	}

}

package se.samverkan.audit;

import java.sql.Types;
import java.time.Clock;
import java.time.ZoneOffset;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.samverkan.shared.Actor;
import se.samverkan.shared.AuditableEvent;
import se.samverkan.shared.TimeOrderedIds;

/**
 * Records every auditable event in the transaction that made the change, so a change and
 * its entry commit or roll back together. Every publisher of an auditable event publishes
 * it after a write in a writing transaction; an event published outside a transaction is
 * recorded on its own.
 */
@Component
class AuditRecorder {

	static final int TEXT_LENGTH = 100;

	static final int SUMMARY_LENGTH = 500;

	private final JdbcClient jdbc;

	private final Clock clock;

	AuditRecorder(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@EventListener
	void on(AuditableEvent event) {
		this.jdbc.sql("""
				insert into audit_entry (id, occurred_at, actor, action, aggregate_type, aggregate_id,
				                         version_before, version_after, summary)
				values (:id, :occurredAt, :actor, :action, :aggregateType, :aggregateId,
				        :versionBefore, :versionAfter, :summary)
				""")
			.param("id", TimeOrderedIds.next())
			.param("occurredAt", this.clock.instant().atOffset(ZoneOffset.UTC))
			.param("actor", cut((event.actor() != null) ? event.actor() : Actor.SYSTEM, TEXT_LENGTH))
			.param("action", cut(event.action(), TEXT_LENGTH))
			.param("aggregateType", cut(event.aggregateType(), TEXT_LENGTH))
			.param("aggregateId", event.aggregateId())
			.param("versionBefore", event.versionBefore(), Types.INTEGER)
			.param("versionAfter", event.versionAfter(), Types.INTEGER)
			.param("summary", cut((event.summary() != null) ? event.summary() : "", SUMMARY_LENGTH))
			.update();
	}

	/**
	 * An over-long text must not make the change itself fail, so it is shortened instead.
	 */
	private static String cut(String text, int length) {
		return (text.length() <= length) ? text : text.substring(0, length - 1) + "…";
	}

}

package se.samverkan.audit;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.ClassUtils;

import se.samverkan.shared.AuditableEvent;

/**
 * Records what the event publication registry still holds for the recorder of earlier
 * versions, which wrote each entry after commit through the registry. That listener is
 * gone, so the registry would leave such an entry unwritten for ever after an upgrade.
 * Each publication is completed in the transaction that records it: instances that start
 * together record it once.
 */
@Component
class OutstandingAuditPublications {

	static final String EARLIER_LISTENER = "se.samverkan.audit.AuditRecorder.on(se.samverkan.shared.AuditableEvent)";

	private static final Logger log = LoggerFactory.getLogger(OutstandingAuditPublications.class);

	private static final int BATCH = 100;

	private final JdbcClient jdbc;

	private final EventSerializer serializer;

	private final AuditRecorder recorder;

	private final TransactionTemplate transaction;

	private final Clock clock;

	OutstandingAuditPublications(JdbcClient jdbc, EventSerializer serializer, AuditRecorder recorder,
			PlatformTransactionManager transactions, Clock clock) {
		this.jdbc = jdbc;
		this.serializer = serializer;
		this.recorder = recorder;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	void record() {
		UUID after = new UUID(0, 0);
		List<Outstanding> batch;
		do {
			batch = outstandingAfter(after);
			batch.forEach((publication) -> this.transaction.executeWithoutResult((status) -> record(publication)));
			after = batch.isEmpty() ? after : batch.get(batch.size() - 1).id();
		}
		while (batch.size() == BATCH);
	}

	private List<Outstanding> outstandingAfter(UUID after) {
		return this.jdbc.sql("""
				select id, event_type, serialized_event from event_publication
				where listener_id = :listener and completion_date is null and id > :after
				order by id limit :limit
				""")
			.param("listener", EARLIER_LISTENER)
			.param("after", after)
			.param("limit", BATCH)
			.query(Outstanding.class)
			.list();
	}

	private void record(Outstanding publication) {
		AuditableEvent event = event(publication);
		if (event == null) {
			return;
		}
		int claimed = this.jdbc.sql("""
				update event_publication set completion_date = :now, status = 'COMPLETED'
				where id = :id and completion_date is null
				""").param("now", this.clock.instant().atOffset(ZoneOffset.UTC)).param("id", publication.id()).update();
		if (claimed == 1) {
			this.recorder.on(event);
		}
	}

	private AuditableEvent event(Outstanding publication) {
		try {
			Class<?> type = ClassUtils.forName(publication.eventType(), getClass().getClassLoader());
			if (AuditableEvent.class.isAssignableFrom(type)) {
				return (AuditableEvent) this.serializer.deserialize(publication.serializedEvent(), type);
			}
			log.warn("Event publication {} ({}) is no auditable event of this version; left outstanding",
					publication.id(), publication.eventType());
		}
		catch (ClassNotFoundException | LinkageError | RuntimeException ex) {
			log.warn("Event publication {} ({}) could not be read ({}); left outstanding", publication.id(),
					publication.eventType(), ex.getClass().getSimpleName());
		}
		return null;
	}

	record Outstanding(UUID id, String eventType, String serializedEvent) {
	}

}

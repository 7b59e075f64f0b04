package se.samverkan.notification;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V90 moves the notifications waiting for a digest from their flag to the digest queue: a
 * database migrated as far as V89 gets notifications, some waiting, and is then migrated
 * on.
 */
@SpringBootTest(properties = { "spring.flyway.target=89", "samverkan.demo.mode=off",
		"samverkan.admin.password=ett-långt-lösenord" })
@DirtiesContext
class DigestQueueMigrationTests {

	static final MigrationVersion V90 = MigrationVersion.fromVersion("90");

	@Autowired
	Flyway flyway;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Inbox inbox;

	@Test
	@DisplayName("V90 queues the notifications that waited for their recipient's digest, and no other, and drops the flag")
	void theWaitingNotificationsAreQueued() {
		assertThat(this.flyway.info().current().getVersion()).isLessThan(V90);
		UUID waits = UUID.randomUUID();
		UUID waitsNot = UUID.randomUUID();
		OffsetDateTime morning = OffsetDateTime.parse("2035-03-01T08:00:00Z");
		UUID first = notification(waits, morning, true);
		UUID second = notification(waits, morning.plusHours(1), true);
		notification(waits, morning.plusHours(2), false);
		notification(waitsNot, morning, false);

		Flyway.configure()
			.configuration(this.flyway.getConfiguration())
			.target(MigrationVersion.LATEST)
			.load()
			.migrate();

		assertThat(this.inbox.digestRecipients()).containsExactly(waits);
		assertThat(this.inbox.digestOf(waits)).extracting(Notification::id).containsExactly(first, second);
		assertThat(this.inbox.digestOf(waitsNot)).isEmpty();
		assertThat(this.jdbc.sql("""
				select count(*) from information_schema.columns
				where lower(table_name) = 'notification' and lower(column_name) = 'digest_pending'
				""").query(Long.class).single()).isZero();
	}

	private UUID notification(UUID recipient, OffsetDateTime createdAt, boolean digestPending) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into notification (id, recipient_id, message_key, link, created_at, version, digest_pending)
				values (:id, :recipient, 'notice.matter.changed', '/matters', :created, 0, :pending)
				""")
			.param("id", id)
			.param("recipient", recipient)
			.param("created", createdAt)
			.param("pending", digestPending)
			.update();
		return id;
	}

}

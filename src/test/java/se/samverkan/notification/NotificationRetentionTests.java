package se.samverkan.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.transaction.support.TransactionTemplate;

import se.samverkan.shared.PageRequest;
import se.samverkan.testing.CountingDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.testing.Latches.await;

/**
 * Retention of notifications (L7): a notification, read or unread, is removed once it is
 * older than the retention period (by default a year), with its place in the digest
 * queue. Runs in a context of its own with the nightly run switched off, since each
 * removal takes every old notification in the database.
 */
@SpringBootTest(properties = "samverkan.notification.retention.cron=-")
@Import(CountingDataSource.Installed.class)
class NotificationRetentionTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	Inbox inbox;

	@Autowired
	NotificationRetention retention;

	@Autowired
	NotificationRetentionJob job;

	@Autowired
	ApplicationContext context;

	@Autowired
	TransactionTemplate transactions;

	LocalDate today;

	ZoneId zone;

	/** The start of the day a year ago: what was created before it is old. */
	Instant cutoff;

	@BeforeEach
	void today() {
		this.today = LocalDate.now(this.clock);
		this.zone = this.clock.getZone();
		this.cutoff = this.today.minusYears(1).atStartOfDay(this.zone).toInstant();
	}

	@Test
	@DisplayName("L7 notifications older than the retention period are removed, read or unread")
	void l7OldNotificationsAreRemovedReadOrUnread() {
		Set<UUID> recipients = recipients(3);
		UUID first = recipients.iterator().next();
		List<Notification> justOld = deliverAt(this.cutoff.minusSeconds(1), recipients);
		List<Notification> longOld = deliverAt(this.cutoff.minus(Duration.ofDays(200)), recipients);
		List<Notification> young = deliverAt(this.clock.instant().minus(Duration.ofDays(1)), recipients);
		this.inbox.markRead(first, idOf(justOld, first));
		this.inbox.markRead(first, idOf(longOld, first));

		int removed = this.retention.removeOld(this.today, this.zone);

		assertThat(removed).isEqualTo(6);
		for (UUID recipient : recipients) {
			assertThat(inboxOf(recipient)).containsExactly(idOf(young, recipient));
			assertThat(this.inbox.unreadCount(recipient)).isOne();
		}
	}

	@Test
	@DisplayName("L7 younger notifications stay, until they too are older than the period")
	void l7YoungerNotificationsStay() {
		Set<UUID> recipient = recipients(1);
		UUID id = recipient.iterator().next();
		List<Notification> atCutoff = deliverAt(this.cutoff, recipient);
		List<Notification> justAfter = deliverAt(this.cutoff.plusSeconds(1), recipient);
		List<Notification> now = deliverAt(this.clock.instant(), recipient);

		assertThat(this.retention.removeOld(this.today, this.zone)).isZero();
		assertThat(inboxOf(id)).containsExactlyInAnyOrder(idOf(atCutoff, id), idOf(justAfter, id), idOf(now, id));

		this.retention.removeOld(this.today.plusDays(1), this.zone);
		assertThat(inboxOf(id)).containsExactly(idOf(now, id));
	}

	@Test
	@DisplayName("L7 more old notifications than one transaction removes go in several, each of a few recipients")
	void l7ABacklogGoesInBoundedTransactions() throws Exception {
		Set<UUID> recipients = recipients(5);
		for (int day = 1; day <= 7; day++) {
			deliverAt(this.cutoff.minus(Duration.ofDays(day)), recipients);
		}
		List<Notification> young = deliverAt(this.clock.instant(), recipients);
		int[] removed = new int[1];

		List<String> statements = CountingDataSource
			.preparedBy(() -> removed[0] = this.retention.removeOld(this.today, this.zone, 2, 3));

		assertThat(removed[0]).isEqualTo(35);
		assertThat(statements.stream().filter((sql) -> sql.startsWith("delete"))).as("at most 3 rows a transaction")
			.hasSizeGreaterThanOrEqualTo(12)
			.allSatisfy((sql) -> assertThat(parameters(sql)).isLessThanOrEqualTo(3));
		assertThat(statements.stream().filter((sql) -> sql.contains("created_at < ?")))
			.as("at most 2 recipients, the cutoff and the limit a read")
			.isNotEmpty()
			.allSatisfy((sql) -> assertThat(parameters(sql)).isLessThanOrEqualTo(4));
		for (UUID recipient : recipients) {
			assertThat(inboxOf(recipient)).containsExactly(idOf(young, recipient));
		}
	}

	@Test
	@DisplayName("L7 the removal passes over the notifications a recipient is marking read and takes them the next night")
	void l7TheRemovalNeverWaitsForARecipientMarkingRead() throws Exception {
		Set<UUID> recipients = recipients(2);
		UUID marking = recipients.iterator().next();
		UUID other = recipients.stream().filter((recipient) -> !recipient.equals(marking)).findFirst().orElseThrow();
		deliverAt(this.cutoff.minus(Duration.ofDays(2)), recipients);
		deliverAt(this.cutoff.minus(Duration.ofDays(1)), recipients);
		CountDownLatch marked = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			// the recipient marks all read and holds the transaction open, its rows
			// locked
			Future<?> markAllRead = threads.submit(() -> this.transactions.executeWithoutResult((tx) -> {
				assertThat(this.inbox.markAllRead(marking)).isEqualTo(2);
				marked.countDown();
				await(release);
			}));
			await(marked);
			Future<Integer> removal = threads.submit(() -> this.retention.removeOld(this.today, this.zone));
			try {
				assertThat(removal.get(30, TimeUnit.SECONDS)).as("the other recipient's, without waiting").isEqualTo(2);
			}
			finally {
				release.countDown();
			}
			markAllRead.get(30, TimeUnit.SECONDS);
		}
		finally {
			threads.shutdownNow();
		}
		assertThat(inboxOf(other)).isEmpty();
		assertThat(inboxOf(marking)).hasSize(2);

		assertThat(this.retention.removeOld(this.today, this.zone)).isEqualTo(2);
		assertThat(inboxOf(marking)).isEmpty();
	}

	@Test
	@DisplayName("L7 a removed notification leaves the digest queue; a younger one waits on")
	void l7TheDigestQueueLosesTheRemovedNotification() {
		Set<UUID> recipient = recipients(1);
		UUID id = recipient.iterator().next();
		List<Notification> old = deliverAt(this.cutoff.minus(Duration.ofDays(3)), recipient);
		List<Notification> young = deliverAt(this.clock.instant(), recipient);
		this.inbox.markForDigest(old);
		this.inbox.markForDigest(young);

		this.retention.removeOld(this.today, this.zone);

		assertThat(this.inbox.digestOf(id)).extracting(Notification::id).containsExactly(idOf(young, id));
		assertThat(this.jdbc.sql("select count(*) from notification_digest where notification_id = :id")
			.param("id", idOf(old, id))
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	@DisplayName("L7 the nightly removal takes the cluster-wide lock and removes what is old")
	void l7TheJobTakesTheLock() {
		Set<UUID> recipient = recipients(1);
		UUID id = recipient.iterator().next();
		deliverAt(this.cutoff.minus(Duration.ofDays(30)), recipient);
		List<Notification> young = deliverAt(this.clock.instant(), recipient);

		this.job.run();

		assertThat(inboxOf(id)).containsExactly(idOf(young, id));
		assertThat(this.jdbc.sql("select count(*) from shedlock where name = 'notification-retention'")
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	@DisplayName("L7 a cron of \"-\" switches the nightly removal off")
	void l7TheRemovalCanBeSwitchedOff() {
		List<String> scheduled = this.context.getBeansOfType(ScheduledTaskHolder.class)
			.values()
			.stream()
			.flatMap((holder) -> holder.getScheduledTasks().stream())
			.map((task) -> task.getTask().toString())
			.toList();

		assertThat(scheduled).as("the other jobs are scheduled").anyMatch((task) -> task.endsWith("DigestJob.run"));
		assertThat(scheduled).noneMatch((task) -> task.endsWith("NotificationRetentionJob.run"));
	}

	private List<Notification> deliverAt(Instant at, Set<UUID> recipients) {
		return new Inbox(this.jdbc, Clock.fixed(at, this.zone))
			.deliver(new Notice(recipients, "notice.matter.changed", List.of("Hjälpmedel"), "/matters"));
	}

	private List<UUID> inboxOf(UUID recipient) {
		return this.inbox.notifications(recipient, null, new PageRequest(0, 50))
			.items()
			.stream()
			.map(Notification::id)
			.toList();
	}

	private static UUID idOf(List<Notification> delivered, UUID recipient) {
		return delivered.stream()
			.filter((notification) -> notification.recipientId().equals(recipient))
			.map(Notification::id)
			.findFirst()
			.orElseThrow();
	}

	private static long parameters(String sql) {
		return sql.chars().filter((c) -> c == '?').count();
	}

	private static Set<UUID> recipients(int count) {
		return Stream.generate(UUID::randomUUID).limit(count).collect(Collectors.toSet());
	}

}

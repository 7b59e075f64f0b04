package se.samverkan.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.shared.Filter;
import se.samverkan.shared.MultiRowInsert;
import se.samverkan.shared.NotFoundException;
import se.samverkan.shared.Page;
import se.samverkan.shared.PageRequest;
import se.samverkan.shared.TimeOrderedIds;

import static se.samverkan.shared.Timestamps.instant;

/**
 * A user's in-app inbox: newest first, each notification unread until its recipient marks
 * it read. Nobody sees or touches another user's notifications: for them they do not
 * exist.
 */
@Service
@Transactional(readOnly = true)
public class Inbox {

	private static final String SELECT = """
			select id, recipient_id, message_key, message_args, link, created_at, read_at, version
			from notification
			""";

	private final JdbcClient jdbc;

	private final Clock clock;

	Inbox(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public long unreadCount(UUID staffId) {
		return this.jdbc.sql("select count(*) from notification where recipient_id = :id and read_at is null")
			.param("id", staffId)
			.query(Long.class)
			.single();
	}

	/**
	 * The recipient's notifications, newest first; only the unread (or only the read)
	 * ones when {@code unread} is given.
	 */
	public Page<Notification> notifications(UUID staffId, Boolean unread, PageRequest page) {
		Filter filter = new Filter().and("recipient_id = :recipient", "recipient", staffId)
			.andIf(Boolean.TRUE.equals(unread), "read_at is null")
			.andIf(Boolean.FALSE.equals(unread), "read_at is not null");
		long total = filter.bind(this.jdbc.sql("select count(*) from notification" + filter.where()))
			.query(Long.class)
			.single();
		List<Notification> items = filter
			.bind(this.jdbc.sql(SELECT + filter.where() + " order by created_at desc, id limit :limit offset :offset"))
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(Inbox::notification)
			.list();
		return new Page<>(items, page.page(), page.size(), total);
	}

	/** One of the recipient's notifications; another user's does not exist for them. */
	public Notification notification(UUID staffId, UUID notificationId) {
		return find(notificationId).filter((notification) -> notification.recipientId().equals(staffId))
			.orElseThrow(NotFoundException::new);
	}

	/**
	 * Marks one of the recipient's notifications read; marking it again changes nothing.
	 */
	@Transactional
	public Notification markRead(UUID staffId, UUID notificationId) {
		this.jdbc.sql("""
				update notification set read_at = :now, version = version + 1
				where id = :id and recipient_id = :recipient and read_at is null
				""").param("now", now()).param("id", notificationId).param("recipient", staffId).update();
		return notification(staffId, notificationId);
	}

	/** Marks all the recipient's notifications read and says how many were unread. */
	@Transactional
	public int markAllRead(UUID staffId) {
		return this.jdbc.sql("""
				update notification set read_at = :now, version = version + 1
				where recipient_id = :recipient and read_at is null
				""").param("now", now()).param("recipient", staffId).update();
	}

	/** Puts the notice into each recipient's inbox, unread. */
	@Transactional
	List<Notification> deliver(Notice notice) {
		String arguments = MessageArguments.encode(notice.arguments());
		List<String> decoded = MessageArguments.decode(arguments);
		Instant now = this.clock.instant();
		List<Notification> delivered = notice.recipientStaffIds()
			.stream()
			.map((recipient) -> new Notification(TimeOrderedIds.next(), recipient, notice.messageKey(), decoded,
					notice.link(), now, null, 0))
			.toList();
		// A notice to a unit goes to each of its staff, hundreds in a big unit.
		SqlParameterValue link = new SqlParameterValue(Types.VARCHAR, notice.link());
		OffsetDateTime createdAt = now.atOffset(ZoneOffset.UTC);
		MultiRowInsert.insert(this.jdbc, """
				insert into notification (id, recipient_id, message_key, message_args, link, created_at, version)
				values :rows
				""",
				delivered.stream()
					.map((notification) -> new Object[] { notification.id(), notification.recipientId(),
							notice.messageKey(), arguments, link, createdAt, 0 })
					.toList());
		return delivered;
	}

	/**
	 * The notifications wait for their recipients' daily digest: all of a notice's digest
	 * recipients in one statement (one for every thousand), as {@link #deliver} writes
	 * them.
	 */
	@Transactional
	void markForDigest(List<Notification> notifications) {
		MultiRowInsert.insert(this.jdbc, "insert into notification_digest (notification_id, recipient_id) values :rows",
				notifications.stream()
					.map((notification) -> new Object[] { notification.id(), notification.recipientId() })
					.toList());
	}

	/** The recipients with notifications waiting for their digest. */
	List<UUID> digestRecipients() {
		return this.jdbc.sql("select distinct recipient_id from notification_digest").query(UUID.class).list();
	}

	/** The recipient's notifications waiting for their digest, oldest first. */
	List<Notification> digestOf(UUID recipientId) {
		return this.jdbc.sql(SELECT + """
				where id in (select notification_id from notification_digest where recipient_id = :recipient)
				order by created_at, id
				""").param("recipient", recipientId).query(Inbox::notification).list();
	}

	/** Those notifications have gone out in a digest and wait no more. */
	@Transactional
	void digested(List<UUID> notificationIds) {
		if (!notificationIds.isEmpty()) {
			this.jdbc.sql("delete from notification_digest where notification_id in (:ids)")
				.param("ids", notificationIds)
				.update();
		}
	}

	Optional<Notification> find(UUID notificationId) {
		return this.jdbc.sql(SELECT + " where id = :id")
			.param("id", notificationId)
			.query(Inbox::notification)
			.optional();
	}

	private OffsetDateTime now() {
		return this.clock.instant().atOffset(ZoneOffset.UTC);
	}

	private static Notification notification(ResultSet rs, int row) throws SQLException {
		return new Notification(rs.getObject("id", UUID.class), rs.getObject("recipient_id", UUID.class),
				rs.getString("message_key"), MessageArguments.decode(rs.getString("message_args")),
				rs.getString("link"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
				instant(rs, "read_at"), rs.getInt("version"));
	}

}

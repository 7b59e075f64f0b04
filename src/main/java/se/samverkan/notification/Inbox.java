package se.samverkan.notification;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A user's in-app inbox. */
@Service
@Transactional(readOnly = true)
public class Inbox {

	private final JdbcClient jdbc;

	Inbox(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long unreadCount(UUID staffId) {
		return this.jdbc.sql("select count(*) from notification where recipient_id = :id and read_at is null")
			.param("id", staffId)
			.query(Long.class)
			.single();
	}

}

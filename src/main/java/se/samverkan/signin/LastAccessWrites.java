package se.samverkan.signin;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * The session store without a write for a request that only read. Spring Session's filter
 * sets the session's last access on every request, and the JDBC store then updates the
 * session's row in a transaction of its own before the page's first byte leaves (issue 7:
 * with the read, 14 % of a lookup page's request-thread samples). Here a session whose
 * attributes, id and idle timeout are as they were read is written only once its last
 * access is {@code every} or more after the stored one. The stored last access is then up
 * to {@code every} old, so the idle timeout ends a session up to that much early, never
 * late; every instance reads the same stored time, so they agree.
 * <p>
 * Holds with Spring Session's defaults, which Samverkan keeps: an attribute is written
 * when it is set ({@code SaveMode.ON_SET_ATTRIBUTE}) and a session when the request ends
 * ({@code FlushMode.ON_SAVE}). With a save mode that writes attributes merely read, a
 * change inside such an attribute would go unnoticed here.
 */
final class LastAccessWrites implements FindByIndexNameSessionRepository<LastAccessWrites.Tracked> {

	private final FindByIndexNameSessionRepository<Session> store;

	private final Duration every;

	private LastAccessWrites(FindByIndexNameSessionRepository<Session> store, Duration every) {
		this.store = store;
		this.every = every;
	}

	/** Around a store whose sessions are its own type (the JDBC store's is private). */
	@SuppressWarnings("unchecked")
	static LastAccessWrites of(FindByIndexNameSessionRepository<? extends Session> store, Duration every) {
		return new LastAccessWrites((FindByIndexNameSessionRepository<Session>) store, every);
	}

	@Override
	public Tracked createSession() {
		return new Tracked(this.store.createSession(), null);
	}

	@Override
	public void save(Tracked session) {
		if (session.stored == null || session.changed
				|| !session.getLastAccessedTime().isBefore(session.stored.plus(this.every))) {
			this.store.save(session.session);
			session.stored = session.getLastAccessedTime();
			session.changed = false;
		}
	}

	@Override
	public Tracked findById(String id) {
		Session session = SessionTransactions.reading(() -> this.store.findById(id));
		return (session != null) ? new Tracked(session, session.getLastAccessedTime()) : null;
	}

	@Override
	public void deleteById(String id) {
		this.store.deleteById(id);
	}

	@Override
	public Map<String, Tracked> findByIndexNameAndIndexValue(String indexName, String indexValue) {
		Map<String, Tracked> found = new LinkedHashMap<>();
		SessionTransactions.reading(() -> this.store.findByIndexNameAndIndexValue(indexName, indexValue))
			.forEach((id, session) -> found.put(id, new Tracked(session, session.getLastAccessedTime())));
		return found;
	}

	/**
	 * A session of the store that knows whether anything but its last access changed
	 * since it was read or saved.
	 */
	static final class Tracked implements Session {

		private final Session session;

		/** The last access the store holds; null before the first save. */
		private Instant stored;

		private boolean changed;

		private Tracked(Session session, Instant stored) {
			this.session = session;
			this.stored = stored;
		}

		@Override
		public String getId() {
			return this.session.getId();
		}

		@Override
		public String changeSessionId() {
			this.changed = true;
			return this.session.changeSessionId();
		}

		@Override
		public <T> T getAttribute(String name) {
			return this.session.getAttribute(name);
		}

		@Override
		public Set<String> getAttributeNames() {
			return this.session.getAttributeNames();
		}

		@Override
		public void setAttribute(String name, Object value) {
			this.changed = true;
			this.session.setAttribute(name, value);
		}

		@Override
		public void removeAttribute(String name) {
			this.changed = true;
			this.session.removeAttribute(name);
		}

		@Override
		public Instant getCreationTime() {
			return this.session.getCreationTime();
		}

		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			this.session.setLastAccessedTime(lastAccessedTime);
		}

		@Override
		public Instant getLastAccessedTime() {
			return this.session.getLastAccessedTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			this.changed = true;
			this.session.setMaxInactiveInterval(interval);
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return this.session.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return this.session.isExpired();
		}

	}

}

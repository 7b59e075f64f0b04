package se.samverkan.signin;

import java.util.Map;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * The session store as Spring Session's filter uses it, one read per page lighter. When a
 * response is committed before the filter chain returns — every rendered page flushes —
 * the filter saves the session, forgets what it read, and at its final save reads the
 * session back from the database only to learn its id (spring-session#1731): three
 * statements and the attributes deserialised for nothing.
 * <p>
 * Within a request ({@link #open()} to {@link #close()}, by
 * {@link SavedSessionReuseFilter} around Spring Session's filter) the session saved last
 * answers a read of its own id. That is safe: the read only tells the filter the
 * requested session's id, which is the cookie's either way; a new id at sign-in
 * ({@code changeSessionId}) never matches the old cookie's; signing out deletes the
 * session and forgets it; outside a request nothing is kept, so no thread keeps a session
 * for another request. Beans that want the JDBC store by its class cannot have it: this
 * wraps it.
 */
final class SavedSessionReuse<S extends Session> implements FindByIndexNameSessionRepository<S> {

	/** The session saved in the request on this thread; absent outside a request. */
	private static final ThreadLocal<Session[]> REQUEST = new ThreadLocal<>();

	private final FindByIndexNameSessionRepository<S> store;

	private SavedSessionReuse(FindByIndexNameSessionRepository<S> store) {
		this.store = store;
	}

	static <S extends Session> SavedSessionReuse<S> of(FindByIndexNameSessionRepository<S> store) {
		return new SavedSessionReuse<>(store);
	}

	/** A request begins on this thread. */
	static void open() {
		REQUEST.set(new Session[1]);
	}

	/** The request ends: nothing of it is kept. */
	static void close() {
		REQUEST.remove();
	}

	@Override
	public S createSession() {
		return this.store.createSession();
	}

	@Override
	public void save(S session) {
		this.store.save(session);
		Session[] saved = REQUEST.get();
		if (saved != null) {
			saved[0] = session;
		}
	}

	@Override
	@SuppressWarnings("unchecked")
	public S findById(String id) {
		Session[] saved = REQUEST.get();
		Session last = (saved != null) ? saved[0] : null;
		if (last != null && last.getId().equals(id) && !last.isExpired()) {
			return (S) last;
		}
		return this.store.findById(id);
	}

	@Override
	public void deleteById(String id) {
		Session[] saved = REQUEST.get();
		if (saved != null) {
			saved[0] = null;
		}
		this.store.deleteById(id);
	}

	@Override
	public Map<String, S> findByIndexNameAndIndexValue(String indexName, String indexValue) {
		return this.store.findByIndexNameAndIndexValue(indexName, indexValue);
	}

}

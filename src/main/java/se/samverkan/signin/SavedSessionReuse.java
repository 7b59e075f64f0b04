package se.samverkan.signin;

import java.util.Map;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * The session store as Spring Session's filter uses it, one read per page lighter. When a
 * response is committed before the filter chain returns — every rendered page flushes —
 * the filter saves the session, forgets what it read, and at its final save reads the
 * session back from the database only to learn its id (spring-session#1731): three
 * statements and the attributes deserialised for nothing. The session saved last on this
 * thread answers that read; {@link #forget()} ends it with the request
 * ({@link SavedSessionReuseFilter}), so no request sees another's session object.
 * (Static: the store is one per application, and a thread serves one request at a time.)
 */
final class SavedSessionReuse<S extends Session> implements FindByIndexNameSessionRepository<S> {

	private final FindByIndexNameSessionRepository<S> store;

	private static final ThreadLocal<Session> SAVED = new ThreadLocal<>();

	private SavedSessionReuse(FindByIndexNameSessionRepository<S> store) {
		this.store = store;
	}

	static <S extends Session> SavedSessionReuse<S> of(FindByIndexNameSessionRepository<S> store) {
		return new SavedSessionReuse<>(store);
	}

	@Override
	public S createSession() {
		return this.store.createSession();
	}

	@Override
	public void save(S session) {
		this.store.save(session);
		SAVED.set(session);
	}

	@Override
	@SuppressWarnings("unchecked")
	public S findById(String id) {
		Session last = SAVED.get();
		if (last != null && last.getId().equals(id) && !last.isExpired()) {
			return (S) last;
		}
		return this.store.findById(id);
	}

	@Override
	public void deleteById(String id) {
		SAVED.remove();
		this.store.deleteById(id);
	}

	@Override
	public Map<String, S> findByIndexNameAndIndexValue(String indexName, String indexValue) {
		return this.store.findByIndexNameAndIndexValue(indexName, indexValue);
	}

	/** The end of a request: the next read goes to the database. */
	static void forget() {
		SAVED.remove();
	}

}

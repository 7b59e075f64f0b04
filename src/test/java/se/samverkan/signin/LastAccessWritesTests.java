package se.samverkan.signin;

import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request that only reads its session writes it once a minute at most (issue 7); one
 * that changes it writes it at once. Each test sends one request through Spring Session's
 * filter to the database's store and counts the saves that reach the store.
 */
@SpringBootTest
class LastAccessWritesTests {

	@Autowired
	JdbcTemplate jdbcTemplate;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SessionRepository<?> applicationSessions;

	CountingSaves store;

	LastAccessWrites sessions;

	@BeforeEach
	void store() {
		this.store = new CountingSaves(new JdbcIndexedSessionRepository(this.jdbcTemplate, this.transactions));
		this.sessions = LastAccessWrites.of(this.store, Duration.ofMinutes(1));
	}

	@AfterEach
	void clean() {
		this.jdbc.sql("delete from spring_session where principal_name is null").update();
	}

	@Test
	@DisplayName("a page that only reads its session does not write it within a minute of the stored last access")
	void aReadWithinTheMinuteWritesNothing() throws Exception {
		String id = stored(0);
		long before = lastAccess(id);
		request(id, (request) -> request.getSession().getAttribute("page"));
		assertThat(this.store.saves).hasValue(0);
		assertThat(lastAccess(id)).isEqualTo(before);
	}

	@Test
	@DisplayName("a read a minute or more after the stored last access writes the last access")
	void aReadAfterTheMinuteWritesTheLastAccess() throws Exception {
		String id = stored(Duration.ofMinutes(2).toMillis());
		long before = lastAccess(id);
		request(id, (request) -> request.getSession().getAttribute("page"));
		assertThat(this.store.saves).hasValue(1);
		assertThat(lastAccess(id)).isGreaterThanOrEqualTo(before + Duration.ofMinutes(2).toMillis());
	}

	@Test
	@DisplayName("a page that sets an attribute writes the session at once")
	void aChangeIsWrittenAtOnce() throws Exception {
		String id = stored(0);
		request(id, (request) -> request.getSession().setAttribute("page", "start"));
		assertThat(this.store.saves).hasValue(1);
		assertThat(this.sessions.findById(id).<String>getAttribute("page")).isEqualTo("start");
	}

	@Test
	@DisplayName("L9 a new session id (sign-in) and a new idle timeout are written at once")
	void aNewIdAndTimeoutAreWrittenAtOnce() throws Exception {
		String id = stored(0);
		String[] changed = new String[1];
		request(id, (request) -> changed[0] = request.changeSessionId());
		assertThat(this.store.saves).hasValue(1);
		assertThat(this.sessions.findById(changed[0])).isNotNull();
		assertThat(this.sessions.findById(id)).isNull();

		request(changed[0], (request) -> request.getSession().setMaxInactiveInterval(600));
		assertThat(this.store.saves).hasValue(2);
		assertThat(this.sessions.findById(changed[0]).getMaxInactiveInterval()).isEqualTo(Duration.ofMinutes(10));
	}

	@Test
	@DisplayName("the application's session store writes a session that only reads once a minute at most")
	void theApplicationsStoreWritesThroughIt() throws Exception {
		String id = saved(this.applicationSessions);
		long before = lastAccess(id);
		request(id, (request) -> request.getSession().getAttribute("page"), this.applicationSessions);
		assertThat(lastAccess(id)).isEqualTo(before);
	}

	private static <S extends Session> String saved(SessionRepository<S> sessions) {
		S session = sessions.createSession();
		session.setLastAccessedTime(session.getLastAccessedTime().minusSeconds(5));
		sessions.save(session);
		return session.getId();
	}

	/** A session in the store whose last access was that long ago. */
	private String stored(long millisAgo) {
		LastAccessWrites.Tracked session = this.sessions.createSession();
		session.setLastAccessedTime(session.getLastAccessedTime().minusMillis(millisAgo));
		this.sessions.save(session);
		this.store.saves.set(0);
		return session.getId();
	}

	private long lastAccess(String id) {
		return this.jdbc.sql("select last_access_time from spring_session where session_id = :id")
			.param("id", id)
			.query(Long.class)
			.single();
	}

	private void request(String id, Page page) throws Exception {
		request(id, page, this.sessions);
	}

	/** One request with the session's cookie through Spring Session's filter. */
	private static <S extends Session> void request(String id, Page page, SessionRepository<S> sessions)
			throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
		request.setCookies(new Cookie("SESSION", Base64.getEncoder().encodeToString(id.getBytes())));
		FilterChain chain = (req, res) -> {
			page.on((HttpServletRequest) req);
			res.getWriter().write("<html></html>");
			res.getWriter().flush();
		};
		new SessionRepositoryFilter<>(sessions).doFilter(request, new MockHttpServletResponse(), chain);
	}

	@FunctionalInterface
	interface Page {

		void on(HttpServletRequest request);

	}

	/** The database's store, counting the saves that reach it. */
	static final class CountingSaves implements FindByIndexNameSessionRepository<Session> {

		final AtomicInteger saves = new AtomicInteger();

		private final FindByIndexNameSessionRepository<Session> store;

		@SuppressWarnings("unchecked")
		CountingSaves(FindByIndexNameSessionRepository<? extends Session> store) {
			this.store = (FindByIndexNameSessionRepository<Session>) store;
		}

		@Override
		public Session createSession() {
			return this.store.createSession();
		}

		@Override
		public void save(Session session) {
			this.saves.incrementAndGet();
			this.store.save(session);
		}

		@Override
		public Session findById(String id) {
			return this.store.findById(id);
		}

		@Override
		public void deleteById(String id) {
			this.store.deleteById(id);
		}

		@Override
		public java.util.Map<String, Session> findByIndexNameAndIndexValue(String indexName, String indexValue) {
			return this.store.findByIndexNameAndIndexValue(indexName, indexValue);
		}

	}

}

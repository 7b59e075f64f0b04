package se.samverkan.signin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.session.autoconfigure.SessionProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A page reads its session from the database once, not again after saving it
 * (spring-session#1731), and a session saved in one request never answers another's read.
 */
@SpringBootTest
class SavedSessionReuseTests {

	@Autowired
	JdbcTemplate jdbcTemplate;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SessionRepository<?> sessions;

	@Autowired
	SessionProperties sessionProperties;

	@Autowired
	FilterRegistrationBean<SavedSessionReuseFilter> registration;

	JdbcIndexedSessionRepository jdbcSessions;

	@BeforeEach
	void store() {
		this.jdbcSessions = new JdbcIndexedSessionRepository(this.jdbcTemplate, this.transactions);
	}

	@Test
	@DisplayName("Spring Session's filter reads the sessions through SavedSessionReuse")
	void theApplicationsStoreIsWrapped() {
		assertThat(this.sessions).isInstanceOf(SavedSessionReuse.class);
	}

	@Test
	@DisplayName("a rendered page reads its session from the database once (Spring Session alone reads it twice)")
	void aPageReadsItsSessionOnce() throws Exception {
		assertThat(readsForOnePage(false)).as("Spring Session's filter alone").isEqualTo(2);
		assertThat(readsForOnePage(true)).as("through SavedSessionReuse").isEqualTo(1);
	}

	@Test
	@DisplayName("L9 a session deleted elsewhere is gone for the next request, and a signed-out session at once")
	void theSavedSessionAnswersItsOwnRequestOnly() throws Exception {
		check(SavedSessionReuse.of(this.jdbcSessions));
	}

	@Test
	@DisplayName("the filter runs just outside Spring Session's and ends the request's reuse when the chain fails")
	void theFilterWrapsSpringSessionsAndEndsTheRequest() {
		assertThat(this.registration.getOrder()).isEqualTo(this.sessionProperties.getServlet().getFilterOrder() - 1);
		SavedSessionReuse<?> sessions = SavedSessionReuse.of(this.jdbcSessions);
		String[] seen = new String[1];
		FilterChain failing = (request, response) -> {
			seen[0] = saveAndFind(sessions);
			throw new IllegalStateException("the page failed");
		};
		assertThatThrownBy(() -> new SavedSessionReuseFilter().doFilter(new MockHttpServletRequest(),
				new MockHttpServletResponse(), failing))
			.hasMessage("the page failed");
		assertThat(seen[0]).as("within the request").isEqualTo("reused");
		assertThat(saveAndFind(sessions)).as("after it").isEqualTo("read");
	}

	@AfterEach
	void endRequest() {
		SavedSessionReuse.close();
		this.jdbc.sql("delete from spring_session where principal_name is null").update();
	}

	/** Saves a session, deletes its row behind the store's back and reads it again. */
	private <S extends Session> String saveAndFind(SavedSessionReuse<S> sessions) {
		S session = sessions.createSession();
		sessions.save(session);
		this.jdbc.sql("delete from spring_session where session_id = :id").param("id", session.getId()).update();
		return (sessions.findById(session.getId()) == session) ? "reused" : "read";
	}

	private <S extends Session> void check(SavedSessionReuse<S> sessions) throws Exception {
		SavedSessionReuse.open();
		S session = sessions.createSession();
		session.setAttribute("page", "start");
		sessions.save(session);
		// another instance signs the session out
		this.jdbc.sql("delete from spring_session where session_id = :id").param("id", session.getId()).update();
		assertThat(sessions.findById(session.getId())).as("in the request that saved it").isSameAs(session);
		List<Session> onAnotherThread = new ArrayList<>();
		Thread other = new Thread(() -> onAnotherThread.add(sessions.findById(session.getId())));
		other.start();
		other.join();
		assertThat(onAnotherThread).as("in a request on another thread").containsOnlyNulls();
		SavedSessionReuse.close();
		assertThat(sessions.findById(session.getId())).as("in the next request").isNull();

		SavedSessionReuse.open();
		S signedOut = sessions.createSession();
		sessions.save(signedOut);
		sessions.deleteById(signedOut.getId());
		assertThat(sessions.findById(signedOut.getId())).as("after signing out").isNull();
		SavedSessionReuse.close();

		S outside = sessions.createSession();
		sessions.save(outside);
		this.jdbc.sql("delete from spring_session where session_id = :id").param("id", outside.getId()).update();
		assertThat(sessions.findById(outside.getId())).as("saved outside a request").isNull();
	}

	/**
	 * One signed-in page through Spring Session's filter: read, rendered and flushed,
	 * saved.
	 */
	private int readsForOnePage(boolean reuse) throws Exception {
		Counting<?> store = Counting.of(this.jdbcSessions);
		String id = store.saved();
		SavedSessionReuse<?> sessions = reuse ? store.reused() : null;
		SessionRepositoryFilter<?> sessionFilter = store.filter(sessions);
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
		request.setCookies(new Cookie("SESSION", java.util.Base64.getEncoder().encodeToString(id.getBytes())));
		MockHttpServletResponse response = new MockHttpServletResponse();
		FilterChain page = (req, res) -> {
			((jakarta.servlet.http.HttpServletRequest) req).getSession().setAttribute("seen", true);
			res.getWriter().write("<html></html>");
			res.getWriter().flush();
		};
		store.reads.set(0);
		if (reuse) {
			new SavedSessionReuseFilter().doFilter(request, response,
					new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
					}, sessionFilter, new PageFilter(page)));
		}
		else {
			sessionFilter.doFilter(request, response, page);
		}
		return store.reads.get();
	}

	/** The database's session store, counting the reads that reach it. */
	static final class Counting<S extends Session> implements FindByIndexNameSessionRepository<S> {

		final AtomicInteger reads = new AtomicInteger();

		private final FindByIndexNameSessionRepository<S> store;

		private Counting(FindByIndexNameSessionRepository<S> store) {
			this.store = store;
		}

		static <S extends Session> Counting<S> of(FindByIndexNameSessionRepository<S> store) {
			return new Counting<>(store);
		}

		String saved() {
			S session = this.store.createSession();
			this.store.save(session);
			return session.getId();
		}

		SavedSessionReuse<S> reused() {
			return SavedSessionReuse.of(this);
		}

		@SuppressWarnings("unchecked")
		SessionRepositoryFilter<S> filter(SavedSessionReuse<?> reuse) {
			return new SessionRepositoryFilter<>((reuse != null) ? (SavedSessionReuse<S>) reuse : this);
		}

		@Override
		public S createSession() {
			return this.store.createSession();
		}

		@Override
		public void save(S session) {
			this.store.save(session);
		}

		@Override
		public S findById(String id) {
			this.reads.incrementAndGet();
			return this.store.findById(id);
		}

		@Override
		public void deleteById(String id) {
			this.store.deleteById(id);
		}

		@Override
		public Map<String, S> findByIndexNameAndIndexValue(String indexName, String indexValue) {
			return this.store.findByIndexNameAndIndexValue(indexName, indexValue);
		}

	}

	/** The page as the last filter of a chain. */
	record PageFilter(FilterChain page) implements jakarta.servlet.Filter {

		@Override
		public void doFilter(jakarta.servlet.ServletRequest request, jakarta.servlet.ServletResponse response,
				FilterChain chain) throws java.io.IOException, jakarta.servlet.ServletException {
			this.page.doFilter(request, response);
		}

	}

}

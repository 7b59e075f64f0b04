package se.samverkan.signin;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementSetter;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The session store as the application configures it reads a session in one statement
 * without a transaction and writes it in a transaction of its own (issue 7). Each
 * statement the store sends notes whether a transaction was open.
 */
@SpringBootTest
class SessionTransactionsTests {

	@Autowired
	DataSource dataSource;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	@Qualifier("springSessionTransactionOperations")
	TransactionOperations sessionTransactions;

	@Autowired
	SessionRepository<?> applicationSessions;

	NotingTransactions statements;

	LastAccessWrites sessions;

	@BeforeEach
	void store() {
		this.statements = new NotingTransactions(this.dataSource);
		JdbcIndexedSessionRepository store = new JdbcIndexedSessionRepository(this.statements,
				this.sessionTransactions);
		this.sessions = LastAccessWrites.of(store, Duration.ofMinutes(1));
	}

	@AfterEach
	void clean() {
		this.jdbc.sql("delete from spring_session where principal_name in ('reader', 'expired')").update();
	}

	@Test
	@DisplayName("the application's session store has these transactions, and everyone else Spring Boot's template")
	void theApplicationsStoreHasThem() {
		Object store = ReflectionTestUtils.getField(ReflectionTestUtils.getField(this.applicationSessions, "store"),
				"store");
		assertThat(store).isInstanceOf(JdbcIndexedSessionRepository.class);
		assertThat(ReflectionTestUtils.getField(store, "transactionOperations")).isSameAs(this.sessionTransactions)
			.isInstanceOf(SessionTransactions.class);
		assertThat(this.transactions).isNotInstanceOf(SessionTransactions.class);
	}

	@Test
	@DisplayName("a session is written in a transaction and read, also by its user's name, without one")
	void readsWithoutWritesWithATransaction() {
		LastAccessWrites.Tracked session = this.sessions.createSession();
		session.setAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, "reader");
		session.setAttribute("page", "start");
		this.sessions.save(session);
		assertThat(this.statements.inTransaction).as("the session's row and attributes written").containsOnly(true);

		this.statements.inTransaction.clear();
		assertThat(this.sessions.findById(session.getId()).<String>getAttribute("page")).isEqualTo("start");
		assertThat(this.sessions
			.findByIndexNameAndIndexValue(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, "reader"))
			.containsOnlyKeys(session.getId());
		assertThat(this.statements.inTransaction).as("the two reads").containsExactly(false, false);
	}

	@Test
	@DisplayName("L9 a read inside a read-only transaction of the caller deletes an expired session in one of its own")
	void aReadInsideAReadOnlyTransactionKeepsItsOwn() {
		String id = expiredSession();
		TransactionTemplate readOnly = new TransactionTemplate(this.transactionManager);
		readOnly.setReadOnly(true);
		LastAccessWrites.Tracked found = readOnly.execute((status) -> this.sessions.findById(id));
		assertThat(found).isNull();
		assertThat(this.jdbc.sql("select count(*) from spring_session where session_id = :id")
			.param("id", id)
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	@DisplayName("L9 an expired session found by a read is deleted, and reads as none")
	void anExpiredSessionIsDeletedByTheRead() {
		String id = expiredSession();
		assertThat(this.sessions.findById(id)).isNull();
		assertThat(this.statements.inTransaction).as("the read and the delete").endsWith(false, false);
		assertThat(this.jdbc.sql("select count(*) from spring_session where session_id = :id")
			.param("id", id)
			.query(Integer.class)
			.single()).isZero();
	}

	private String expiredSession() {
		LastAccessWrites.Tracked session = this.sessions.createSession();
		session.setAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, "expired");
		session.setMaxInactiveInterval(Duration.ofMinutes(1));
		session.setLastAccessedTime(session.getLastAccessedTime().minus(Duration.ofMinutes(2)));
		this.sessions.save(session);
		return session.getId();
	}

	/**
	 * The database's template, noting for each statement whether a transaction is open.
	 */
	static final class NotingTransactions extends JdbcTemplate {

		final List<Boolean> inTransaction = new ArrayList<>();

		NotingTransactions(DataSource dataSource) {
			super(dataSource);
		}

		@Override
		public <T> T query(String sql, PreparedStatementSetter pss, ResultSetExtractor<T> rse)
				throws DataAccessException {
			note();
			return super.query(sql, pss, rse);
		}

		@Override
		public int update(String sql, PreparedStatementSetter pss) throws DataAccessException {
			note();
			return super.update(sql, pss);
		}

		private void note() {
			this.inTransaction.add(TransactionSynchronizationManager.isActualTransactionActive());
		}

	}

}

package se.samverkan.signin;

import java.time.Duration;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.session.autoconfigure.SessionProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Sessions live in the database (Spring Session JDBC, configured by Spring Boot) so that
 * several instances share them; everyone reads them through {@link SavedSessionReuse} and
 * writes them through {@link LastAccessWrites}, in the transactions of
 * {@link SessionTransactions}. The store is wrapped after Spring Boot made it, since a
 * session repository of our own would turn Spring Boot's off.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

	/**
	 * How often a session that only reads has its last access written: the idle timeout
	 * (30 minutes by default) ends a session up to this much early.
	 */
	static final Duration LAST_ACCESS_WRITTEN_EVERY = Duration.ofMinutes(1);

	@Bean
	static BeanPostProcessor savedSessionReuse() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				return (bean instanceof JdbcIndexedSessionRepository sessions)
						? SavedSessionReuse.of(LastAccessWrites.of(sessions, LAST_ACCESS_WRITTEN_EVERY)) : bean;
			}
		};
	}

	/**
	 * The store's reads without a transaction of their own, its writes with one; Spring
	 * Session asks for this bean by its name. Not a default candidate, so that Spring
	 * Boot's {@code TransactionTemplate} stays the one everyone else gets.
	 */
	@Bean(defaultCandidate = false)
	TransactionOperations springSessionTransactionOperations(PlatformTransactionManager transactionManager) {
		return new SessionTransactions(transactionManager);
	}

	/** Just outside Spring Session's filter, wherever that is ordered. */
	@Bean
	FilterRegistrationBean<SavedSessionReuseFilter> savedSessionReuseFilter(SessionProperties sessions) {
		FilterRegistrationBean<SavedSessionReuseFilter> registration = new FilterRegistrationBean<>(
				new SavedSessionReuseFilter());
		registration.setOrder(sessions.getServlet().getFilterOrder() - 1);
		return registration;
	}

}

package se.samverkan.signin;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.session.autoconfigure.SessionProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Sessions live in the database (Spring Session JDBC, configured by Spring Boot) so that
 * several instances share them; everyone reads them through {@link SavedSessionReuse}.
 * The store is wrapped after Spring Boot made it, since a session repository of our own
 * would turn Spring Boot's off.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

	@Bean
	static BeanPostProcessor savedSessionReuse() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				return (bean instanceof JdbcIndexedSessionRepository sessions) ? SavedSessionReuse.of(sessions) : bean;
			}
		};
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

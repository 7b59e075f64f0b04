package se.samverkan.signin;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Deny by default. The API ({@code /api/**}, {@code /actuator/**}) is stateless with HTTP
 * Basic and answers 401/403 as problem details; the browser signs in with a form (and
 * OIDC when a client registration is configured) and every page needs a signed-in user.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, ProblemResponses problems) throws Exception {
		http.securityMatcher("/api/**", "/actuator/**")
			.authorizeHttpRequests((requests) -> requests.requestMatchers("/api/v1/public/**")
				.permitAll()
				// Calendar programs cannot sign in: the secret token in the address is
				// the key.
				.requestMatchers(HttpMethod.GET, "/api/v1/calendar-feeds/*")
				.permitAll()
				.requestMatchers("/actuator/health", "/actuator/health/**")
				.permitAll()
				.requestMatchers("/actuator/**")
				.hasRole("ADMIN")
				.requestMatchers("/api/v1/admin/**")
				.hasRole("ADMIN")
				.anyRequest()
				.hasRole("USER"))
			.httpBasic((basic) -> basic.authenticationEntryPoint(problems.unauthorized()))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(problems.unauthorized())
				.accessDeniedHandler(problems.forbidden()))
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			// Requests carry their credentials in every call, so a forged cross-site
			// request has none.
			.csrf((csrf) -> csrf.disable());
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> oidc) throws Exception {
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/login", "/css/**", "/js/**", "/images/**", "/webjars/**", "/favicon.ico", "/error")
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs/**")
			.permitAll()
			.requestMatchers("/admin/**")
			.hasRole("ADMIN")
			.anyRequest()
			.hasRole("USER"))
			.formLogin((form) -> form.loginPage("/login").defaultSuccessUrl("/", true).permitAll())
			.logout((logout) -> logout.logoutSuccessUrl("/login?logout").permitAll());
		if (oidc.getIfAvailable() != null) {
			http.oauth2Login((login) -> login.loginPage("/login").defaultSuccessUrl("/", true));
		}
		http.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(
				"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'; base-uri 'self'"))
			.referrerPolicy(Customizer.withDefaults()));
		return http.build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}

package se.samverkan.signin;

import java.time.Clock;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManagerFactories;
import org.springframework.security.authorization.AuthorizationManagerFactory;
import org.springframework.security.config.annotation.authentication.builders.AuthenticationManagerBuilder;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import se.samverkan.organisation.SignedInStaff;

/**
 * Deny by default. The API ({@code /api/**}, {@code /actuator/**}) is stateless with HTTP
 * Basic (and bearer tokens of the OIDC issuer when one is configured) and answers 401/403
 * as problem details; the browser signs in with a form (plus a one-time code where the
 * account has or needs one) or through the OIDC identity provider, and every page needs a
 * signed-in user. Sessions live in the database (Spring Session JDBC).
 * <p>
 * Other modules add their path rules in {@link #api} and {@link #pages} only.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	/** Every page: no inline script or style, no framing, forms only to this site. */
	static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
			+ "frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'";

	/** API answers are data, never a document to run. */
	static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, ProblemResponses problems, PasswordSignIns passwordSignIns,
			ObjectProvider<JwtDecoder> bearer, IdentityProviderAccounts identityProvider) throws Exception {
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
		http.authenticationManager(new ProviderManager(passwordSignIns.api()));
		JwtDecoder decoder = bearer.getIfAvailable();
		if (decoder != null) {
			JwtAuthenticationProvider tokens = new JwtAuthenticationProvider(decoder);
			tokens.setJwtAuthenticationConverter(identityProvider.bearerTokens());
			http.oauth2ResourceServer((resourceServer) -> resourceServer
				.jwt((jwt) -> jwt.authenticationManager(new ProviderManager(tokens)))
				.authenticationEntryPoint(problems.unauthorized()));
		}
		headers(http, API_POLICY);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> oidc,
			PasswordSignIns passwordSignIns, IdentityProviderAccounts identityProvider, SignInSettings settings,
			Clock clock) throws Exception {
		SecurityContextRepository contexts = securityContextRepository();
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/login", "/login/refused", "/css/**", "/js/**", "/images/**", "/webjars/**",
					"/favicon.ico", "/error")
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs/**")
			.permitAll()
			// The public feedback form (R14): no sign-in, CSRF stays on.
			.requestMatchers("/feedback", "/feedback/thanks")
			.permitAll()
			// Between password and one-time code: the code page; the account page only
			// to enrol a first second factor, never to replace one without its code.
			.requestMatchers(SecondFactorController.CODE_PATH)
			.access(AuthenticatedAuthorizationManager.authenticated())
			.requestMatchers(SecondFactorController.ACCOUNT_PATH, SecondFactorController.ACCOUNT_PATH + "/**")
			.access((authentication, request) -> new AuthorizationDecision(
					SecondFactorController.mayManageSecondFactor(authentication.get())))
			.requestMatchers("/admin/**")
			.hasRole("ADMIN")
			.anyRequest()
			.hasRole("USER"))
			.formLogin((form) -> form.loginPage("/login")
				.defaultSuccessUrl("/", true)
				.failureHandler(formFailures())
				.permitAll())
			.logout((logout) -> logout.logoutSuccessUrl("/login?logout").permitAll())
			.exceptionHandling((exceptions) -> exceptions.defaultDeniedHandlerForMissingAuthority(secondFactorPage(),
					Factors.TOTP))
			.sessionManagement((sessions) -> sessions.sessionFixation((fixation) -> fixation.changeSessionId()))
			.securityContext((context) -> context.securityContextRepository(contexts))
			.addFilterAfter(new AbsoluteSessionLifetime(settings.session().absoluteLifetime(), clock),
					SecurityContextHolderFilter.class);
		http.authenticationProvider(passwordSignIns.form());
		// Only the providers of this chain check passwords: nothing falls back to an
		// unthrottled one.
		http.getSharedObject(AuthenticationManagerBuilder.class).parentAuthenticationManager(null);
		if (oidc.getIfAvailable() != null) {
			http.oauth2Login((login) -> login.loginPage("/login")
				.userInfoEndpoint((userInfo) -> userInfo.oidcUserService(identityProvider.userService()))
				.successHandler(identityProviderSignedIn(contexts))
				.failureHandler(identityProviderRefused()));
		}
		headers(http, PAGE_POLICY);
		return http.build();
	}

	/**
	 * Spring Security's multi-factor authorisation: a sign-in that still owes its
	 * one-time code lacks {@value Factors#TOTP} and is sent to the code page for every
	 * rule but {@code permitAll}.
	 */
	@Bean
	AuthorizationManagerFactory<Object> authorizationManagerFactory() {
		return AuthorizationManagerFactories.multiFactor()
			.requireFactors(Factors.TOTP)
			.when(Factors::secondFactorPending)
			.build();
	}

	/**
	 * Observes sign-ins, not every request: with the default, each of a request's
	 * fifteen-odd security filters and its authorisation is an observation of its own,
	 * measurable in every page's CPU (issue 7), where the request itself is already
	 * observed once ({@code http.server.requests}).
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.withDefaults()
			.shouldObserveRequests(false)
			.shouldObserveAuthorizations(false)
			.build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	SecurityContextRepository securityContextRepository() {
		return new DelegatingSecurityContextRepository(new RequestAttributeSecurityContextRepository(),
				new HttpSessionSecurityContextRepository());
	}

	/**
	 * Security headers on every answer: the Content-Security-Policy, no framing, HSTS
	 * over TLS, no referrer, no content sniffing.
	 */
	private static void headers(HttpSecurity http, String policy) throws Exception {
		http.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(policy))
			.frameOptions((frames) -> frames.deny())
			.httpStrictTransportSecurity((hsts) -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000))
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.NO_REFERRER))
			.contentTypeOptions((options) -> {
			}));
	}

	private static AuthenticationFailureHandler formFailures() {
		ExceptionMappingAuthenticationFailureHandler failures = new ExceptionMappingAuthenticationFailureHandler();
		failures.setExceptionMappings(Map.of(PasswordSignIn.SignInThrottledException.class.getName(), "/login?locked"));
		failures.setDefaultFailureUrl("/login?error");
		return failures;
	}

	/**
	 * A missing one-time code: to the code page, or to enrolment when there is none yet.
	 */
	private static AuthenticationEntryPoint secondFactorPage() {
		return (request, response, exception) -> {
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			String target = Factors.has(authentication, Factors.ENROLMENT_REQUIRED)
					? SecondFactorController.ACCOUNT_PATH : SecondFactorController.CODE_PATH;
			response.sendRedirect(request.getContextPath() + target);
		};
	}

	/**
	 * The identity provider vouched for the person (SITHS: card and PIN, two factors);
	 * from here on the principal is their account, like after any other sign-in.
	 */
	private static AuthenticationSuccessHandler identityProviderSignedIn(SecurityContextRepository contexts) {
		return (request, response, authentication) -> {
			SignedInStaff staff = ((IdentityProviderAccounts.StaffOidcUser) authentication.getPrincipal()).staff();
			UsernamePasswordAuthenticationToken signedIn = UsernamePasswordAuthenticationToken.authenticated(staff,
					null, Factors.with(staff.getAuthorities(), FactorGrantedAuthority.AUTHORIZATION_CODE_AUTHORITY));
			SecurityContext context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(signedIn);
			SecurityContextHolder.setContext(context);
			contexts.saveContext(context, request, response);
			response.sendRedirect(request.getContextPath() + "/");
		};
	}

	/** Unknown or deactivated: a clear page, and no account is created. */
	private static AuthenticationFailureHandler identityProviderRefused() {
		return (HttpServletRequest request, HttpServletResponse response,
				org.springframework.security.core.AuthenticationException exception) -> {
			String reason = "error";
			if (exception instanceof OAuth2AuthenticationException oauth) {
				reason = switch (oauth.getError().getErrorCode()) {
					case IdentityProviderAccounts.UNKNOWN -> "unknown";
					case IdentityProviderAccounts.DEACTIVATED -> "deactivated";
					default -> "error";
				};
			}
			response.sendRedirect(request.getContextPath() + "/login/refused?reason=" + reason);
		};
	}

}

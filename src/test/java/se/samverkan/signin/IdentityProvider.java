package se.samverkan.signin;

import java.util.List;
import java.util.Map;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real OIDC server for the tests (mock-oauth2-server on a random port), started once
 * per test run: the region's identity provider as Samverkan sees it. Issuer
 * {@value #ISSUER}; browser client {@value #CLIENT_ID}; API tokens for audience
 * {@value #API_AUDIENCE}; the HSA-id travels in claim {@code hsa_id}.
 */
final class IdentityProvider {

	static final String ISSUER = "region";

	static final String CLIENT_ID = "samverkan";

	static final String API_AUDIENCE = "samverkan-api";

	static final MockOAuth2Server SERVER = start();

	private IdentityProvider() {
	}

	private static MockOAuth2Server start() {
		MockOAuth2Server server = new MockOAuth2Server();
		server.start();
		Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown));
		return server;
	}

	/** Points Samverkan's OIDC login and bearer tokens at this server. */
	static void configure(DynamicPropertyRegistry registry) {
		String issuer = SERVER.issuerUrl(ISSUER).toString();
		registry.add("spring.security.oauth2.client.registration.oidc.client-id", () -> CLIENT_ID);
		registry.add("spring.security.oauth2.client.registration.oidc.client-secret", () -> "client-secret");
		registry.add("spring.security.oauth2.client.registration.oidc.scope", () -> "openid");
		registry.add("spring.security.oauth2.client.provider.oidc.issuer-uri", () -> issuer);
		registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> issuer);
		registry.add("spring.security.oauth2.resourceserver.jwt.audiences", () -> API_AUDIENCE);
	}

	/** The next browser sign-in is of a person with this HSA-id. */
	static void nextSignInIs(String hsaId) {
		SERVER.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER, "person-" + hsaId, "JWT", List.of(CLIENT_ID),
				Map.of("hsa_id", hsaId), 3600));
	}

	/**
	 * @return a bearer token for the API
	 */
	static String apiToken(String hsaId) {
		return token(ISSUER, hsaId, API_AUDIENCE, 3600);
	}

	static String token(String issuer, String hsaId, String audience, long expirySeconds) {
		return SERVER
			.issueToken(issuer, "integration-client",
					new DefaultOAuth2TokenCallback(issuer, "person-" + hsaId, "JWT", List.of(audience),
							Map.of("hsa_id", hsaId), expirySeconds))
			.serialize();
	}

}

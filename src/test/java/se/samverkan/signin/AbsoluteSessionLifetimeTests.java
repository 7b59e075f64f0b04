package se.samverkan.signin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

import static org.assertj.core.api.Assertions.assertThat;

/** A session ends after its absolute lifetime however active it was. */
class AbsoluteSessionLifetimeTests {

	@Test
	@DisplayName("L9 a session older than the absolute lifetime is ended and the browser sent to sign in")
	void l9SessionEndsAfterItsAbsoluteLifetime() throws Exception {
		MockHttpSession session = new MockHttpSession();
		Instant created = Instant.ofEpochMilli(session.getCreationTime());
		AbsoluteSessionLifetime filter = new AbsoluteSessionLifetime(Duration.ofHours(10),
				Clock.fixed(created.plus(Duration.ofHours(10)).plusSeconds(1), ZoneOffset.UTC));
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/persons");
		request.setSession(session);
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();

		filter.doFilter(request, response, chain);

		assertThat(session.isInvalid()).isTrue();
		assertThat(response.getRedirectedUrl()).isEqualTo("/login?expired");
		assertThat(chain.getRequest()).isNull();
	}

	@Test
	@DisplayName("L9 a younger session goes on")
	void l9YoungerSessionGoesOn() throws Exception {
		MockHttpSession session = new MockHttpSession();
		Instant created = Instant.ofEpochMilli(session.getCreationTime());
		AbsoluteSessionLifetime filter = new AbsoluteSessionLifetime(Duration.ofHours(10),
				Clock.fixed(created.plus(Duration.ofHours(9)), ZoneOffset.UTC));
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/persons");
		request.setSession(session);
		MockFilterChain chain = new MockFilterChain();

		filter.doFilter(request, new MockHttpServletResponse(), chain);

		assertThat(session.isInvalid()).isFalse();
		assertThat(chain.getRequest()).isSameAs(request);
	}

}

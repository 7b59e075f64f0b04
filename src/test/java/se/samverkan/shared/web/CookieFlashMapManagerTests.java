package se.samverkan.shared.web;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import se.samverkan.organisation.Directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The message shown once after a form's redirect travels in a cookie: the session is not
 * written for it, the page after the redirect shows it once, and a cookie that is not
 * ours shows nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CookieFlashMapManagerTests {

	private static final String ALL_READ = "Alla meddelanden är markerade som lästa.";

	@Autowired
	MockMvc mvc;

	@Autowired
	Directory directory;

	@Autowired
	JdbcClient jdbc;

	@Test
	void a_forms_message_is_shown_once_after_its_redirect_without_writing_the_session() throws Exception {
		MockHttpServletResponse posted = this.mvc.perform(post("/inbox/read-all").with(as("lss.karlstad")).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/inbox"))
			.andReturn()
			.getResponse();
		assertThat(this.jdbc.sql("select count(*) from spring_session_attributes where attribute_name like '%FLASH%'")
			.query(Long.class)
			.single()).isZero();
		assertThat(setCookie(posted)).contains("HttpOnly", "SameSite=Lax", "Path=/", "Max-Age=180");

		Cookie kept = posted.getCookie(CookieFlashMapManager.COOKIE);
		MockHttpServletResponse shown = this.mvc.perform(get("/inbox").with(as("lss.karlstad")).cookie(kept))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(shown.getContentAsString()).contains(ALL_READ);
		assertThat(setCookie(shown)).contains("Max-Age=0");
		assertThat(inbox(null)).doesNotContain(ALL_READ);
	}

	@Test
	void a_cookie_that_is_not_ours_shows_nothing() throws Exception {
		// not Base64; {}; [{"path":1}]; [null]; [{"attributes":{"flash":null}}];
		// [{"parameters":{"a":null},"expires":…}];
		// [{"attributes":{"":"inbox.flash.allRead"},"expires":…}]
		for (String value : new String[] { "inte-base64!", "e30", "W3sicGF0aCI6MX1d", "W251bGxd",
				"W3siYXR0cmlidXRlcyI6eyJmbGFzaCI6bnVsbH19XQ",
				"W3sicGFyYW1ldGVycyI6eyJhIjpudWxsfSwiZXhwaXJlcyI6OTk5OTk5OTk5OTk5OTl9XQ",
				"W3siYXR0cmlidXRlcyI6eyIiOiJpbmJveC5mbGFzaC5hbGxSZWFkIn0sImV4cGlyZXMiOjk5OTk5OTk5OTk5OTk5fV0" }) {
			assertThat(inbox(new Cookie(CookieFlashMapManager.COOKIE, value))).doesNotContain(ALL_READ);
		}
	}

	private String inbox(Cookie cookie) throws Exception {
		MockHttpServletRequestBuilder request = get("/inbox").with(as("lss.karlstad"));
		return this.mvc.perform((cookie != null) ? request.cookie(cookie) : request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private RequestPostProcessor as(String username) {
		return user(this.directory.account(username).orElseThrow());
	}

	private static String setCookie(MockHttpServletResponse response) {
		return response.getHeaders("Set-Cookie")
			.stream()
			.filter((header) -> header.startsWith(CookieFlashMapManager.COOKIE + "="))
			.findFirst()
			.orElseThrow();
	}

}

package se.samverkan.matters;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public feedback form and API (R14, L5): no sign-in, becomes a matter for the
 * conveners; rate-limited per client address, protected against robots and oversized
 * input.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PublicFeedbackTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	FeedbackGuard guard;

	@Autowired
	Clock clock;

	static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	static String address() {
		UUID random = UUID.randomUUID();
		return "10." + (random.hashCode() & 0x7f) + "." + (random.getMostSignificantBits() & 0xff) + "."
				+ (random.getLeastSignificantBits() & 0xff);
	}

	ResultActions send(String address, String json) throws Exception {
		return this.mvc.perform(post("/api/v1/public/feedback").with(from(address))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	List<String> sourcesOf(String text) {
		return this.jdbc.sql("select source from matter where description = :text")
			.param("text", text)
			.query(String.class)
			.list();
	}

	@Test
	@DisplayName("R14 views sent without sign-in become matters from an interest organisation or a service user")
	void r14FeedbackBecomesAMatter() throws Exception {
		String fromOrganisation = "Informationen om korttidsvistelse är svår att hitta " + UUID.randomUUID();
		send(address(), """
				{"organisationName":"Autism- och Aspergerförbundet","text":"%s","email":"info@example.org"}
				""".formatted(fromOrganisation)).andExpect(status().isAccepted())
			.andExpect(jsonPath("$.received").value(true));
		assertThat(sourcesOf(fromOrganisation)).containsExactly("INTEREST_ORGANISATION");

		String fromUser = "Bra bemötande på habiliteringen " + UUID.randomUUID();
		send(address(), "{\"text\":\"%s\"}".formatted(fromUser)).andExpect(status().isAccepted());
		assertThat(sourcesOf(fromUser)).containsExactly("SERVICE_USER");
		assertThat(this.jdbc.sql("select status from matter where description = :text")
			.param("text", fromUser)
			.query(String.class)
			.single()).isEqualTo("REPORTED");
	}

	@Test
	@DisplayName("L5 public feedback holding a personal identity number is refused; bad or oversized input is 400")
	void l5AndSizeLimits() throws Exception {
		send(address(), "{\"text\":\"Min son 121212-1212 fick vänta\"}").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("personal-data-not-allowed"));
		send(address(), "{\"text\":\"%s\"}".formatted("x".repeat(4001))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("validation-failed"));
		send(address(), "{\"text\":\"   \"}").andExpect(status().isBadRequest());
		send(address(), "{\"text\":\"Hej\",\"email\":\"inte en adress\"}").andExpect(status().isBadRequest());
		send(address(), "{\"text\":\"%s\"}".formatted("x".repeat(20_000))).andExpect(status().isBadRequest());
		send(address(), "not json").andExpect(status().isBadRequest());
	}

	@Test
	@DisplayName("R14 the public feedback is rate-limited per client address (429 rate-limited)")
	void r14RateLimitedPerClientAddress() throws Exception {
		String flooding = address();
		for (int i = 0; i < 5; i++) {
			send(flooding, "{\"text\":\"Synpunkt nummer %d\"}".formatted(i)).andExpect(status().isAccepted());
		}
		send(flooding, "{\"text\":\"En för mycket\"}").andExpect(status().isTooManyRequests())
			.andExpect(jsonPath("$.code").value("rate-limited"));
		assertThat(sourcesOf("En för mycket")).isEmpty();
		send(address(), "{\"text\":\"Från någon annan\"}").andExpect(status().isAccepted());
		assertThat(this.jdbc.sql("select count(*) from feedback_rate_window where client_key like '10.%'")
			.query(Long.class)
			.single()).as("addresses are stored only as hashes").isZero();
	}

	@Test
	@DisplayName("R14 the public page works without sign-in, with CSRF, and turns robots away")
	void r14ThePublicPage() throws Exception {
		Document page = Jsoup.parse(this.mvc.perform(get("/feedback"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.select("input[name=_csrf]")).hasSize(1);
		assertThat(page.select("input[name=token]").attr("value")).isNotBlank();
		assertThat(page.select("nav.main-nav")).isEmpty();

		String shownEarlier = this.guard.token(this.clock.instant().minusSeconds(30));
		String text = "Svårt att få tid hos VH " + UUID.randomUUID();
		this.mvc
			.perform(post("/feedback").with(csrf())
				.with(from(address()))
				.param("organisationName", "")
				.param("text", text)
				.param("email", "")
				.param("website", "")
				.param("token", shownEarlier))
			.andExpect(redirectedUrl("/feedback/thanks"));
		assertThat(sourcesOf(text)).containsExactly("SERVICE_USER");
		this.mvc.perform(get("/feedback/thanks")).andExpect(status().isOk());

		String robot = "Köp billiga klockor " + UUID.randomUUID();
		this.mvc
			.perform(post("/feedback").with(csrf())
				.with(from(address()))
				.param("text", robot)
				.param("website", "http://spam.example")
				.param("token", shownEarlier))
			.andExpect(redirectedUrl("/feedback/thanks"));
		this.mvc
			.perform(post("/feedback").with(csrf())
				.with(from(address()))
				.param("text", robot)
				.param("token", this.guard.token()))
			.andExpect(redirectedUrl("/feedback/thanks"));
		this.mvc
			.perform(post("/feedback").with(csrf())
				.with(from(address()))
				.param("text", robot)
				.param("token", "1." + "0".repeat(64)))
			.andExpect(redirectedUrl("/feedback/thanks"));
		assertThat(sourcesOf(robot)).as("a honeypot, a form sent too fast or a forged time stamp").isEmpty();

		this.mvc.perform(post("/feedback").param("text", robot).param("token", shownEarlier))
			.andExpect(status().isForbidden());
	}

	@Test
	@DisplayName("L5 the public page explains why a personal identity number is refused")
	void l5ThePublicPageExplains() throws Exception {
		String body = this.mvc
			.perform(post("/feedback").with(csrf())
				.with(from(address()))
				.param("text", "Gäller 19121212-1212")
				.param("token", this.guard.token(this.clock.instant().minusSeconds(30))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(body).select("[role=alert]").text()).contains("personnummer");
	}

}

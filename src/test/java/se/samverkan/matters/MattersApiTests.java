package se.samverkan.matters;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import se.samverkan.notification.Notice;
import se.samverkan.organisation.Directory;
import se.samverkan.organisation.SignedInStaff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The matters API (R9, R11, R16, L5) as the contract writes it. */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class MattersApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Directory directory;

	@Autowired
	MatterManagement matters;

	@Autowired
	ApplicationEvents events;

	@Autowired
	Clock clock;

	RequestPostProcessor as(String username) {
		return user(this.directory.account(username).orElseThrow());
	}

	ResultActions report(String username, String title, String description, String category) throws Exception {
		return this.mvc
			.perform(post("/api/v1/matters").with(as(username)).contentType(MediaType.APPLICATION_JSON).content("""
					{"title":"%s","description":"%s","category":"%s","source":"STAFF"}
					""".formatted(title, description, category)));
	}

	String reported(String username, String category) throws Exception {
		String body = report(username, "Oklart ansvar vid övergång", "Vem gör vad när ungdomen fyller 18?", category)
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(body, "$.id");
	}

	ResultActions move(String username, String id, String to, String comment) throws Exception {
		String json = (comment != null) ? "{\"to\":\"%s\",\"comment\":\"%s\"}".formatted(to, comment)
				: "{\"to\":\"%s\"}".formatted(to);
		return this.mvc.perform(post("/api/v1/matters/" + id + "/transitions").with(as(username))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	@Test
	@DisplayName("R11 any signed-in user reports a matter, which is REPORTED and reaches the conveners")
	void r11AnySignedInUserReportsAMatter() throws Exception {
		String id = JsonPath
			.read(report("lss.arvika", "Avvikelse vid överlämning", "Journalkopia kom inte fram", "DEVIATION")
				.andExpect(status().isCreated())
				.andExpect(header().string("Location", containsString("/api/v1/matters/")))
				.andExpect(jsonPath("$.status").value("REPORTED"))
				.andExpect(jsonPath("$.category").value("DEVIATION"))
				.andExpect(jsonPath("$.source").value("STAFF"))
				.andExpect(jsonPath("$.history[0].kind").value("REPORTED"))
				.andExpect(jsonPath("$.version").value(0))
				.andReturn()
				.getResponse()
				.getContentAsString(), "$.id");
		UUID convener = this.directory.account("buh.samordnare").orElseThrow().staffId();
		assertThat(this.events.stream(Notice.class)).anySatisfy((notice) -> {
			assertThat(notice.messageKey()).isEqualTo("notice.matter.reported");
			assertThat(notice.recipientStaffIds()).contains(convener);
			assertThat(notice.link()).isEqualTo("/matters/" + id);
		});
		assertThat(this.events.stream(MatterReported.class))
			.anySatisfy((event) -> assertThat(event.aggregateId()).hasToString(id));
	}

	@Test
	@DisplayName("L5 a matter whose text holds a personal identity number is refused with 422 and why")
	void l5PersonalIdentityNumberIsRefused() throws Exception {
		report("lss.arvika", "Gäller 19121212-1212", "Beskrivning", "DEFICIENCY")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("personal-data-not-allowed"))
			.andExpect(jsonPath("$.detail", containsString("personnummer")));
		report("lss.arvika", "Rubrik", "Ring mig på 070-123 45 67 efter mötet 2026-11-25", "DEFICIENCY")
			.andExpect(status().isCreated());
	}

	@Test
	void reporting_needs_sign_in_and_valid_input() throws Exception {
		this.mvc.perform(post("/api/v1/matters").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isUnauthorized());
		report("lss.arvika", "", "Beskrivning", "OTHER").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("validation-failed"));
		report("lss.arvika", "Rubrik", "Beskrivning", "NO_SUCH").andExpect(status().isBadRequest());
	}

	@Test
	@DisplayName("R9 conveners move a matter through analysis to prioritised and closed; the reporter sees the answer and is told")
	void r9ConvenersHandleAMatter() throws Exception {
		String id = reported("lss.hagfors", "GREY_ZONE");
		UUID reporter = this.directory.account("lss.hagfors").orElseThrow().staffId();
		move("vh.samordnare", id, "PRIORITISED", "Direkt").andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("invalid-transition"));
		move("vh.samordnare", id, "UNDER_ANALYSIS", "Tas upp på nästa möte").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UNDER_ANALYSIS"))
			.andExpect(jsonPath("$.history[1].fromStatus").value("REPORTED"))
			.andExpect(jsonPath("$.history[1].text").value("Tas upp på nästa möte"))
			.andExpect(jsonPath("$.history[1].actorName").value(displayName("vh.samordnare")));
		this.mvc
			.perform(post("/api/v1/matters/" + id + "/notes").with(as("vh.samordnare"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"text\":\"Intern: stäm av med BUH\"}"))
			.andExpect(status().isOk());
		move("vh.samordnare", id, "PRIORITISED", null).andExpect(status().isOk());
		move("buh.samordnare", id, "CLOSED", null).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("validation-failed"));
		move("buh.samordnare", id, "CLOSED", "Ny rutin för överlämning är beslutad").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CLOSED"))
			.andExpect(jsonPath("$.answer").value("Ny rutin för överlämning är beslutad"));
		move("buh.samordnare", id, "UNDER_ANALYSIS", "Igen").andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("invalid-transition"));

		this.mvc.perform(get("/api/v1/matters/" + id).with(as("lss.hagfors")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.answer").value("Ny rutin för överlämning är beslutad"))
			.andExpect(jsonPath("$.history[*].kind", not(hasItem("INTERNAL_NOTE"))))
			.andExpect(jsonPath("$.history.length()").value(4));
		this.mvc.perform(get("/api/v1/matters/" + id).with(as("buh.samordnare")))
			.andExpect(jsonPath("$.history[*].kind", hasItem("INTERNAL_NOTE")));
		assertThat(this.events.stream(Notice.class)
			.filter((notice) -> notice.recipientStaffIds().contains(reporter))
			.map(Notice::messageKey))
			.containsExactly("notice.matter.changed", "notice.matter.changed", "notice.matter.closed");
	}

	@Test
	@DisplayName("R9 only conveners and steering-group members handle matters: the reporter is refused, others do not see it")
	void r9OnlyHandlersMoveMatters() throws Exception {
		String id = reported("lss.kil", "IMPROVEMENT");
		move("lss.kil", id, "UNDER_ANALYSIS", "Själv").andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("forbidden"));
		move("lss.eda", id, "UNDER_ANALYSIS", "Främling").andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/matters/" + id).with(as("lss.eda"))).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/matters/" + id).with(as("lss.kil"))).andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/matters").with(as("lss.eda")))
			.andExpect(jsonPath("$.items[*].id", not(hasItem(id))));
		move("mar.arvika", id, "UNDER_ANALYSIS", "En ledamot analyserar").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UNDER_ANALYSIS"));
		this.mvc.perform(get("/api/v1/matters?status=UNDER_ANALYSIS").with(as("chef.vh")))
			.andExpect(jsonPath("$.items[*].id", hasItem(id)));
	}

	@Test
	@DisplayName("Stale If-Match on a transition is 412 and nothing is written")
	void staleVersionIsRefused() throws Exception {
		String id = reported("lss.kil", "OTHER");
		this.mvc
			.perform(post("/api/v1/matters/" + id + "/transitions").with(as("buh.samordnare"))
				.header("If-Match", "\"7\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"to\":\"UNDER_ANALYSIS\"}"))
			.andExpect(status().isPreconditionFailed())
			.andExpect(jsonPath("$.code").value("stale-version"));
		this.mvc.perform(get("/api/v1/matters/" + id).with(as("buh.samordnare")))
			.andExpect(jsonPath("$.status").value("REPORTED"));
	}

	@Test
	@DisplayName("Lists filter by status and category")
	void listsFilterByStatusAndCategory() throws Exception {
		String id = reported("lss.sunne", "DEFICIENCY");
		this.mvc.perform(get("/api/v1/matters?status=REPORTED&category=DEFICIENCY").with(as("buh.samordnare")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].id", hasItem(id)))
			.andExpect(jsonPath("$.items[*].status", not(hasItem("CLOSED"))))
			.andExpect(jsonPath("$.items[*].category", not(hasItem("DEVIATION"))));
		this.mvc.perform(get("/api/v1/matters?status=CLOSED").with(as("buh.samordnare")))
			.andExpect(jsonPath("$.items[*].id", not(hasItem(id))));
		this.mvc.perform(get("/api/v1/matters?source=STAFF").with(as("lss.sunne")))
			.andExpect(jsonPath("$.items[*].id", hasItem(id)))
			.andExpect(jsonPath("$.page").value(0));
	}

	@Test
	@DisplayName("R16 deviations are counted per year; other modules read summaries and prioritised matters and extend the trail")
	void publicReadsAndTrail() throws Exception {
		int year = LocalDate.now(this.clock).getYear();
		long before = this.matters.deviationsInYear(year);
		String id = reported("lss.torsby", "DEVIATION");
		assertThat(this.matters.deviationsInYear(year)).isEqualTo(before + 1);
		assertThat(this.matters.countsForYear(year)).anySatisfy((count) -> {
			assertThat(count.category()).isEqualTo(MatterCategory.DEVIATION);
			assertThat(count.status()).isEqualTo(MatterStatus.REPORTED);
			assertThat(count.count()).isPositive();
		});
		assertThat(this.matters.deviationsInYear(year - 10)).isZero();

		UUID matterId = UUID.fromString(id);
		assertThat(this.matters.summary(matterId)).hasValueSatisfying((summary) -> {
			assertThat(summary.status()).isEqualTo(MatterStatus.REPORTED);
			assertThat(summary.category()).isEqualTo(MatterCategory.DEVIATION);
		});
		assertThat(this.matters.summary(UUID.randomUUID())).isEmpty();
		move("buh.samordnare", id, "UNDER_ANALYSIS", "Analys").andExpect(status().isOk());
		move("buh.samordnare", id, "PRIORITISED", "Prioriterat").andExpect(status().isOk());
		assertThat(this.matters.prioritised()).extracting(MatterSummary::id).contains(matterId);

		SignedInStaff convener = this.directory.account("vh.samordnare").orElseThrow();
		SecurityContextHolder.getContext()
			.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(convener, null, convener.getAuthorities()));
		try {
			UUID meeting = UUID.randomUUID();
			this.matters.recordTrail(matterId,
					TrailEntry.raisedAtMeeting(meeting, "Styrgruppsmöte", LocalDate.of(year, 3, 14)));
			this.matters.recordTrail(matterId, TrailEntry.decision("Ta fram gemensam rutin", meeting, "Styrgruppsmöte",
					LocalDate.of(year, 3, 14)));
			this.matters.recordTrail(matterId, TrailEntry.activity(UUID.randomUUID(), "Gemensam rutin"));
			this.matters.recordTrail(matterId, TrailEntry.result("Rutinen gäller från 1 maj"));
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		this.mvc.perform(get("/api/v1/matters/" + id).with(as("lss.torsby")))
			.andExpect(jsonPath("$.history[3].kind").value("RAISED_AT_MEETING"))
			.andExpect(jsonPath("$.history[3].referenceTitle").value("Styrgruppsmöte"))
			.andExpect(jsonPath("$.history[3].actorName").value(displayName("vh.samordnare")))
			.andExpect(jsonPath("$.history[4].kind").value("DECISION"))
			.andExpect(jsonPath("$.history[5].kind").value("ACTIVITY"))
			.andExpect(jsonPath("$.history[6].kind").value("RESULT"))
			.andExpect(jsonPath("$.history[6].text").value("Rutinen gäller från 1 maj"));
	}

	String displayName(String username) {
		return this.directory.account(username).orElseThrow().displayName();
	}

}

package se.samverkan.activityplans;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import se.samverkan.meetings.DecisionText;
import se.samverkan.meetings.ItemMinutes;
import se.samverkan.meetings.MeetingManagement;
import se.samverkan.meetings.MeetingSchedule;
import se.samverkan.meetings.MeetingViews.AgendaItemView;
import se.samverkan.meetings.MeetingViews.MeetingView;
import se.samverkan.organisation.Directory;
import se.samverkan.organisation.SignedInStaff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A directive cites the decision of the register that issued it (R13). */
@SpringBootTest
@AutoConfigureMockMvc
class DirectiveDecisionTests {

	private static final Instant MEETING = Instant.parse("2098-03-02T08:00:00Z");

	@Autowired
	MockMvc mvc;

	@Autowired
	Directory directory;

	@Autowired
	MeetingManagement meetings;

	@Autowired
	JdbcClient jdbc;

	YearlyFixture fixture;

	@BeforeEach
	void fixture() {
		this.fixture = new YearlyFixture(this.mvc, this.directory);
	}

	/** A steering-group meeting with one decision; settled once the minutes are sent. */
	private UUID decision(String title, String text, boolean settled) {
		SignedInStaff convener = this.directory.account("vh.samordnare").orElseThrow();
		MeetingView meeting = this.meetings.plan(convener, null,
				new MeetingSchedule(title, MEETING, MEETING.plusSeconds(7200), "Karlstad", null));
		AgendaItemView item = this.meetings.addAgendaItem(convener, meeting.id(), "Rutin vid korttidsvistelse", null);
		MeetingView written = this.meetings.writeMinutes(convener, meeting.id(), null, Set.of(convener.staffId()), List
			.of(new ItemMinutes(item.id(), "Diskuterades", null, List.of(new DecisionText(text, null)), false)));
		if (settled) {
			this.meetings.submitMinutes(convener, meeting.id(), null);
		}
		return written.decisions().get(0).id();
	}

	private String body(String activityId, String decisionId) {
		return """
				{"activityId":"%s","background":"Gråzoner","goal":"En rutin","assignment":"Ta fram rutinen",
				 "scope":"Korttidsvistelse","deliverables":"Rutin","timeframe":"2034","resources":"10 timmar",
				 "reportTo":"Styrgruppen","decisionId":%s}""".formatted(activityId,
				(decisionId != null) ? "\"" + decisionId + "\"" : "null");
	}

	/** The directive form for the activity, citing the decision, sent by a member. */
	private ResultActions issueThroughTheForm(String activityId, UUID decisionId) throws Exception {
		return this.mvc.perform(post("/directives").with(this.fixture.as("mar.karlstad"))
			.with(csrf())
			.param("activityId", activityId)
			.param("background", "b")
			.param("goal", "g")
			.param("assignment", "a")
			.param("scope", "s")
			.param("deliverables", "d")
			.param("timeframe", "t")
			.param("resources", "r")
			.param("reportTo", "Styrgruppen")
			.param("decisionId", decisionId.toString()));
	}

	private long directives() {
		return this.jdbc.sql("select count(*) from directive").query(Long.class).single();
	}

	@Test
	@DisplayName("R13 a directive links the decision that issued it and shows its meeting, date and text")
	void r13DirectiveLinksTheDecisionThatIssuedIt() throws Exception {
		String activity = this.fixture.activity(this.fixture.plan(2058), "Rutin vid korttidsvistelse");
		UUID decision = decision("Beslutsmöte om korttidsvistelse", "Styrgruppen ger direktiv om en rutin.", true);

		String id = YearlyFixture.id(this.mvc
			.perform(this.fixture.json(post("/api/v1/directives"), "mar.karlstad", body(activity, decision.toString())))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.decisionId").value(decision.toString()))
			.andExpect(jsonPath("$.decision.meetingTitle").value("Beslutsmöte om korttidsvistelse"))
			.andExpect(jsonPath("$.decision.decidedOn").value("2098-03-02"))
			.andExpect(jsonPath("$.decision.text").value("Styrgruppen ger direktiv om en rutin."))
			.andReturn());
		this.mvc.perform(get("/api/v1/directives/{id}", id).with(this.fixture.as("lss.arvika")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.decision.meetingId").isNotEmpty())
			.andExpect(jsonPath("$.decision.text").value("Styrgruppen ger direktiv om en rutin."));

		Document page = Jsoup.parse(this.mvc.perform(get("/directives/{id}", id).with(this.fixture.as("lss.arvika")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.text()).contains("Styrgruppen ger direktiv om en rutin.", "Beslutat 2098-03-02");
		assertThat(page.select("a[href^=/meetings/]").text()).isEqualTo("Beslutsmöte om korttidsvistelse");
		assertThat(page.select("a[href=/decisions]")).hasSize(1);
	}

	@Test
	@DisplayName("R13 an unknown decision, or one of draft minutes, is refused with 400 and nothing is written")
	void r13UnknownOrDraftDecisionRefused() throws Exception {
		String activity = this.fixture.activity(this.fixture.plan(2059), "Okänt beslut");
		UUID draft = decision("Möte med utkast till protokoll", "Ett beslut i ett utkast.", false);
		long before = directives();

		for (UUID decision : List.of(UUID.randomUUID(), draft)) {
			this.mvc
				.perform(this.fixture.json(post("/api/v1/directives"), "mar.karlstad",
						body(activity, decision.toString())))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.code").value("validation-failed"));
		}
		this.mvc
			.perform(this.fixture.json(post("/api/v1/directives"), "lss.karlstad",
					body(activity, decision("Möte för behörighet", "Ett beslut.", true).toString())))
			.andExpect(status().isForbidden());
		assertThat(directives()).isEqualTo(before);

		// Without a decision, the contract's fields alone still issue one.
		this.mvc.perform(this.fixture.json(post("/api/v1/directives"), "mar.karlstad", body(activity, null)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.decision").doesNotExist());
		assertThat(directives()).isEqualTo(before + 1);
	}

	@Test
	@DisplayName("R13 the directive form offers the register's settled decisions, newest first, and links the one picked")
	void r13TheFormOffersTheRegistersDecisions() throws Exception {
		String activity = this.fixture.activity(this.fixture.plan(2057), "Formulärets beslut");
		UUID decision = decision("Formulärmötet", "Beslut som formuläret visar.", true);
		UUID draft = decision("Utkastmötet", "Beslut i utkast syns inte.", false);

		Document form = Jsoup.parse(this.mvc.perform(get("/directives/new").with(this.fixture.as("mar.karlstad")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(form.select("label[for=decisionId]").text())
			.isEqualTo("Beslut i beslutsregistret som gav direktivet (frivilligt)");
		assertThat(form.select("select#decisionId option[value=" + decision + "]").text())
			.isEqualTo("2098-03-02 Formulärmötet: Beslut som formuläret visar.");
		assertThat(form.select("select#decisionId option[value=" + draft + "]")).isEmpty();

		issueThroughTheForm(activity, UUID.randomUUID()).andExpect(status().isOk());
		issueThroughTheForm(activity, decision).andExpect(redirectedUrl("/directives"));
		assertThat(this.jdbc.sql("select count(*) from directive where activity_id = :a and decision_id = :d")
			.param("a", UUID.fromString(activity))
			.param("d", decision)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

}

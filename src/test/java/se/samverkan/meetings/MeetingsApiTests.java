package se.samverkan.meetings;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import se.samverkan.organisation.Directory;
import se.samverkan.shared.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Meetings over the API (R16, R20): planning, agenda, minutes, approval and calendars.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MeetingsApiTests {

	static final String CONVENER = "buh.samordnare";

	@Autowired
	MockMvc mvc;

	@Autowired
	Directory directory;

	@Autowired
	MeetingViews views;

	@Autowired
	MeetingGroups groups;

	@Autowired
	JdbcClient jdbc;

	private UUID staffId(String username) {
		return this.directory.account(username).orElseThrow().staffId();
	}

	private ResultActions postJson(String user, String path, String json, Object... vars) throws Exception {
		return this.mvc.perform(
				post(path, vars).with(httpBasic(user, "demo")).contentType(MediaType.APPLICATION_JSON).content(json));
	}

	private ResultActions putJson(String user, String path, String json, Object... vars) throws Exception {
		return this.mvc.perform(
				put(path, vars).with(httpBasic(user, "demo")).contentType(MediaType.APPLICATION_JSON).content(json));
	}

	private String meetingJson(String groupId, String title, int year, int month, int day) {
		String group = (groupId != null) ? "\"groupId\":\"" + groupId + "\"," : "";
		return "{%s\"title\":\"%s\",\"startsAt\":\"%d-%02d-%02dT09:00:00+01:00\",\"endsAt\":\"%d-%02d-%02dT12:00:00+01:00\",\"location\":\"Karlstad\"}"
			.formatted(group, title, year, month, day, year, month, day);
	}

	private String plan(String groupId, String title, int year, int month, int day) throws Exception {
		String body = postJson(CONVENER, "/api/v1/meetings", meetingJson(groupId, title, year, month, day))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(body, "$.id");
	}

	@Test
	@DisplayName("R16 R20 a convener plans a steering-group meeting; its agenda starts with the standing item")
	void r16ConvenerPlansSteeringGroupMeeting() throws Exception {
		postJson(CONVENER, "/api/v1/meetings", meetingJson(null, "Styrgruppens höstmöte", 2030, 10, 3))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/api/v1/meetings/")))
			.andExpect(jsonPath("$.group.id").value(MeetingGroups.STEERING_GROUP.toString()))
			.andExpect(jsonPath("$.status").value("PLANNED"))
			.andExpect(jsonPath("$.startsAt").value("2030-10-03T10:00:00+02:00"))
			.andExpect(jsonPath("$.agenda[0].title").value("Information om våra verksamheter"))
			.andExpect(jsonPath("$.agenda[0].standing").value(true))
			.andExpect(jsonPath("$.invitees[*].staffId").value(hasItem(staffId("mar.karlstad").toString())));
		this.mvc.perform(get("/api/v1/meetings?from=2030-10-01&to=2030-10-31").with(httpBasic("lss.karlstad", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].title").value(hasItem("Styrgruppens höstmöte")))
			.andExpect(jsonPath("$.total").isNumber());
	}

	@Test
	@DisplayName("R16 only conveners and administrators plan meetings: others get 403, no sign-in 401")
	void r16OnlyConvenersPlan() throws Exception {
		for (String username : new String[] { "lss.karlstad", "mar.karlstad", "chef.buh" }) {
			postJson(username, "/api/v1/meetings", meetingJson(null, "Inte tillåtet", 2030, 11, 5))
				.andExpect(status().isForbidden())
				.andExpect(jsonPath("$.code").value("forbidden"));
		}
		this.mvc
			.perform(post("/api/v1/meetings").contentType(MediaType.APPLICATION_JSON)
				.content(meetingJson(null, "X", 2030, 11, 5)))
			.andExpect(status().isUnauthorized());
		postJson("admin", "/api/v1/meetings",
				meetingJson(MeetingGroups.MAS_MAR_GROUP.toString(), "MAS/MAR", 2030, 11, 6))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.agenda").isEmpty());
		postJson(CONVENER, "/api/v1/meetings", "{\"title\":\"\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("validation-failed"));
		postJson(CONVENER, "/api/v1/meetings",
				"{\"title\":\"X\",\"startsAt\":\"2030-11-05T12:00:00+01:00\",\"endsAt\":\"2030-11-05T09:00:00+01:00\"}")
			.andExpect(status().isBadRequest());
	}

	@Test
	@DisplayName("R16 members propose agenda items and link matters; others are refused")
	void r16MembersProposeAgendaItems() throws Exception {
		String id = plan(null, "Punkter", 2030, 9, 10);
		postJson("mar.karlstad", "/api/v1/meetings/{id}/agenda-items", "{\"title\":\"Gråzoner i skolan\"}", id)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.title").value("Gråzoner i skolan"))
			.andExpect(jsonPath("$.number").value(2))
			.andExpect(jsonPath("$.proposedBy.staffId").value(staffId("mar.karlstad").toString()));
		postJson("lss.karlstad", "/api/v1/meetings/{id}/agenda-items", "{\"title\":\"Nej\"}", id)
			.andExpect(status().isForbidden());
		postJson("mar.karlstad", "/api/v1/meetings/{id}/agenda-items", "{\"title\":\" \"}", id)
			.andExpect(status().isBadRequest());
		postJson("mar.karlstad", "/api/v1/meetings/{id}/agenda-items", "{\"title\":\"X\"}", UUID.randomUUID())
			.andExpect(status().isNotFound());
	}

	@Test
	@DisplayName("R16 minutes: attendance, outcomes, decisions with review dates, actions; approved by the attendees, then locked")
	void r16MinutesAreWrittenApprovedAndLocked() throws Exception {
		String id = plan(null, "Protokollmöte", 2030, 3, 12);
		String agenda = this.mvc.perform(get("/api/v1/meetings/{id}", id).with(httpBasic("lss.kil", "demo")))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"0\""))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String standing = JsonPath.read(agenda, "$.agenda[0].id");
		String item = JsonPath
			.read(postJson(CONVENER, "/api/v1/meetings/{id}/agenda-items", "{\"title\":\"Korttidsvistelse\"}", id)
				.andReturn()
				.getResponse()
				.getContentAsString(), "$.id");
		String minutes = """
				{"attendeeStaffIds":["%s","%s"],
				 "items":[{"agendaItemId":"%s","notes":"BUH informerade.","outcome":"INFORMATION","decisions":[]},
				          {"agendaItemId":"%s","notes":"Ansvaret klargjordes.",
				           "decisions":["BUH ansvarar för träningen",{"text":"Följs upp i höst","reviewOn":"2030-09-01"}]}]}
				"""
			.formatted(staffId(CONVENER), staffId("mar.karlstad"), standing, item);
		putJson("mar.karlstad", "/api/v1/meetings/{id}/minutes", minutes, id).andExpect(status().isForbidden());
		putJson(CONVENER, "/api/v1/meetings/{id}/minutes", minutes, id).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("HELD"))
			.andExpect(jsonPath("$.minutesStatus").value("DRAFT"))
			.andExpect(jsonPath("$.agenda[1].outcome").value("DECISION"))
			.andExpect(jsonPath("$.decisions.length()").value(2))
			.andExpect(jsonPath("$.decisions[1].reviewOn").value("2030-09-01"))
			.andExpect(jsonPath("$.attendees.length()").value(2));
		this.mvc
			.perform(put("/api/v1/meetings/{id}/minutes", id).with(httpBasic(CONVENER, "demo"))
				.header("If-Match", "\"0\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content(minutes))
			.andExpect(status().isPreconditionFailed())
			.andExpect(jsonPath("$.code").value("stale-version"));

		postJson(CONVENER, "/api/v1/meetings/{id}/action-items",
				"{\"title\":\"Ta fram rutin\",\"responsibleStaffId\":\"%s\",\"dueOn\":\"2030-05-01\"}"
					.formatted(staffId("chef.buh")),
				id)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.responsible.staffId").value(staffId("chef.buh").toString()))
			.andExpect(jsonPath("$.dueOn").value("2030-05-01"));
		postJson("mar.karlstad", "/api/v1/meetings/{id}/action-items",
				"{\"title\":\"X\",\"responsibleStaffId\":\"%s\",\"dueOn\":\"2030-05-01\"}"
					.formatted(staffId("chef.buh")),
				id)
			.andExpect(status().isForbidden());
		postJson(CONVENER, "/api/v1/meetings/{id}/action-items", "{\"title\":\"X\"}", id)
			.andExpect(status().isBadRequest());

		postJson(CONVENER, "/api/v1/meetings/{id}/minutes/approvals", "{}", id).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("invalid-transition"));
		postJson(CONVENER, "/api/v1/meetings/{id}/minutes/submission", "{}", id).andExpect(status().isOk())
			.andExpect(jsonPath("$.minutesStatus").value("IN_APPROVAL"));
		assertThat(this.views.minutesAwaitingApprovalOf(staffId("mar.karlstad"))).extracting((m) -> m.id().toString())
			.contains(id);
		postJson("lss.karlstad", "/api/v1/meetings/{id}/minutes/approvals", "{}", id).andExpect(status().isForbidden());
		postJson(CONVENER, "/api/v1/meetings/{id}/minutes/approvals", "{}", id).andExpect(status().isOk())
			.andExpect(jsonPath("$.minutesStatus").value("IN_APPROVAL"));
		postJson("mar.karlstad", "/api/v1/meetings/{id}/minutes/approvals", "{}", id).andExpect(status().isOk())
			.andExpect(jsonPath("$.minutesStatus").value("APPROVED"));
		putJson(CONVENER, "/api/v1/meetings/{id}/minutes", minutes, id).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("invalid-transition"));
		postJson(CONVENER, "/api/v1/meetings/{id}/agenda-items", "{\"title\":\"För sent\"}", id)
			.andExpect(status().isConflict());

		this.mvc.perform(get("/api/v1/decisions").with(httpBasic("lss.kil", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].text").value(hasItem("Följs upp i höst")));
		this.mvc.perform(get("/api/v1/decisions?reviewBy=2030-09-30").with(httpBasic("lss.kil", "demo")))
			.andExpect(jsonPath("$.items[*].text").value(hasItem("Följs upp i höst")))
			.andExpect(jsonPath("$.items[*].text").value(not(hasItem("BUH ansvarar för träningen"))));
		byte[] pdf = this.mvc.perform(get("/api/v1/meetings/{id}/minutes.pdf", id).with(httpBasic("lss.kil", "demo")))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
	}

	@Test
	@DisplayName("R16 minutes naming an attendee the directory does not know are refused with 400, and nothing is written")
	void r16MinutesWithAnUnknownAttendeeAreRefused() throws Exception {
		String id = plan(null, "Okänd deltagare", 2030, 4, 2);
		putJson(CONVENER, "/api/v1/meetings/{id}/minutes",
				"{\"attendeeStaffIds\":[\"%s\",\"%s\"],\"items\":[]}".formatted(staffId(CONVENER), UUID.randomUUID()),
				id)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("validation-failed"));
		this.mvc.perform(get("/api/v1/meetings/{id}", id).with(httpBasic("lss.kil", "demo")))
			.andExpect(jsonPath("$.status").value("PLANNED"))
			.andExpect(jsonPath("$.attendees").isEmpty());
	}

	@Test
	@DisplayName("R20 an earlier meeting's standing item lists the updates of its own period, however many were published since")
	void r20StandingItemListsItsPeriodsUpdates() throws Exception {
		String id = plan(null, "Vårens möte 2021", 2021, 3, 10);
		UUID author = staffId("lss.karlstad");
		UUID unit = this.directory.account("lss.karlstad").orElseThrow().unit().id();
		List<UUID> written = new ArrayList<>();
		try {
			written.add(update(unit, author, "Ny korttidsvistelse i Kil", Instant.parse("2021-02-01T10:00:00Z")));
			for (int i = 0; i < PageRequest.MAX_SIZE + 1; i++) {
				written.add(update(unit, author, "Senare nyhet " + i, Instant.now().minusSeconds(60 + i)));
			}
			this.mvc.perform(get("/api/v1/meetings/{id}", id).with(httpBasic("lss.kil", "demo")))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.operationsUpdates[*].title").value(hasItem("Ny korttidsvistelse i Kil")))
				.andExpect(jsonPath("$.operationsUpdates[*].title").value(not(hasItem("Senare nyhet 0"))));
		}
		finally {
			this.jdbc.sql("delete from operations_update where id in (:ids)").param("ids", written).update();
		}
	}

	private UUID update(UUID unit, UUID author, String title, Instant publishedAt) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into operations_update (id, unit_id, author_id, title, body, published_at, version)
				values (:id, :unit, :author, :title, 'Information till styrgruppen.', :at, 0)
				""")
			.param("id", id)
			.param("unit", unit)
			.param("author", author)
			.param("title", title)
			.param("at", OffsetDateTime.ofInstant(publishedAt, ZoneOffset.UTC))
			.update();
		return id;
	}

	@Test
	@DisplayName("R16 unfinished items carry over to the group's next meeting, or wait in the backlog")
	void r16UnfinishedItemsCarryOver() throws Exception {
		String group = this.groups
			.create(GroupKind.WORKING_GROUP, "Arbetsgrupp övergångar", List.of(staffId("mar.arvika")))
			.toString();
		String first = plan(group, "Första", 2034, 2, 1);
		String item = JsonPath
			.read(postJson(CONVENER, "/api/v1/meetings/{id}/agenda-items", "{\"title\":\"Fortsätter\"}", first)
				.andReturn()
				.getResponse()
				.getContentAsString(), "$.id");
		String minutes = "{\"attendeeStaffIds\":[\"%s\"],\"items\":[{\"agendaItemId\":\"%s\",\"notes\":\"\",\"unfinished\":true}]}"
			.formatted(staffId(CONVENER), item);
		putJson(CONVENER, "/api/v1/meetings/{id}/minutes", minutes, first).andExpect(status().isOk());
		String second = plan(group, "Andra", 2034, 4, 1);
		postJson(CONVENER, "/api/v1/meetings/{id}/minutes/submission", "{}", first).andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/meetings/{id}", second).with(httpBasic(CONVENER, "demo")))
			.andExpect(jsonPath("$.agenda[0].title").value("Fortsätter"))
			.andExpect(jsonPath("$.agenda[0].carriedOver").value(true));

		String third = plan(group, "Tredje", 2034, 6, 1);
		String another = JsonPath
			.read(postJson(CONVENER, "/api/v1/meetings/{id}/agenda-items", "{\"title\":\"Väntar\"}", third).andReturn()
				.getResponse()
				.getContentAsString(), "$.id");
		putJson(CONVENER, "/api/v1/meetings/{id}/minutes",
				"{\"attendeeStaffIds\":[\"%s\"],\"items\":[{\"agendaItemId\":\"%s\",\"unfinished\":true}]}"
					.formatted(staffId(CONVENER), another),
				third)
			.andExpect(status().isOk());
		postJson(CONVENER, "/api/v1/meetings/{id}/minutes/submission", "{}", third).andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/agenda-backlog?groupId={g}", group).with(httpBasic("mar.arvika", "demo")))
			.andExpect(jsonPath("$[?(@.title=='Väntar')].carriedOver").value(hasItem(true)));
		String fourth = plan(group, "Fjärde", 2034, 8, 1);
		this.mvc.perform(get("/api/v1/meetings/{id}", fourth).with(httpBasic(CONVENER, "demo")))
			.andExpect(jsonPath("$.agenda[*].title").value(hasItem("Väntar")));
	}

	@Test
	@DisplayName("R16 members propose items to the backlog; a convener puts one on a meeting's agenda")
	void r16BacklogProposals() throws Exception {
		String body = postJson("mar.arvika", "/api/v1/agenda-backlog", "{\"title\":\"Hjälpmedel i skolan\"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.proposedBy.staffId").value(staffId("mar.arvika").toString()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String backlogItem = JsonPath.read(body, "$.id");
		postJson("lss.arvika", "/api/v1/agenda-backlog", "{\"title\":\"Nej\"}").andExpect(status().isForbidden());
		String id = plan(null, "Backlogmöte", 2031, 5, 5);
		postJson("mar.arvika", "/api/v1/meetings/{id}/agenda-items",
				"{\"backlogItemId\":\"%s\"}".formatted(backlogItem), id)
			.andExpect(status().isForbidden());
		postJson(CONVENER, "/api/v1/meetings/{id}/agenda-items", "{\"backlogItemId\":\"%s\"}".formatted(backlogItem),
				id)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.title").value("Hjälpmedel i skolan"));
		this.mvc.perform(get("/api/v1/agenda-backlog").with(httpBasic("mar.arvika", "demo")))
			.andExpect(jsonPath("$[*].id").value(not(hasItem(backlogItem))));
	}

	@Test
	@DisplayName("R16 the schedule tells whether the steering group meets twice in the year")
	void r16ScheduleTellsWhetherTheGroupMeetsTwice() throws Exception {
		this.mvc.perform(get("/api/v1/steering-group/schedule?year=2041").with(httpBasic("lss.kil", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.year").value(2041))
			.andExpect(jsonPath("$.planned").value(0))
			.andExpect(jsonPath("$.held").value(0))
			.andExpect(jsonPath("$.required").value(2))
			.andExpect(jsonPath("$.meetsRequirement").value(false));
		String spring = plan(null, "Vår", 2041, 3, 1);
		plan(null, "Höst", 2041, 10, 1);
		plan(MeetingGroups.MAS_MAR_GROUP.toString(), "MAS/MAR räknas inte", 2041, 11, 1);
		putJson(CONVENER, "/api/v1/meetings/{id}/minutes",
				"{\"attendeeStaffIds\":[\"%s\"],\"items\":[]}".formatted(staffId(CONVENER)), spring)
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/steering-group/schedule?year=2041").with(httpBasic("lss.kil", "demo")))
			.andExpect(jsonPath("$.planned").value(1))
			.andExpect(jsonPath("$.held").value(1))
			.andExpect(jsonPath("$.meetsRequirement").value(true));
	}

	@Test
	@DisplayName("R16 the .ics parses with ical4j; a change keeps the UID and raises SEQUENCE; a cancellation says so")
	void r16IcsDownloadUpdatesTheSameEvent() throws Exception {
		String id = plan(null, "Kalendermöte åäö", 2032, 2, 2);
		VEvent before = event(this.mvc.perform(get("/api/v1/meetings/{id}.ics", id).with(httpBasic("lss.kil", "demo")))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/calendar"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray());
		assertThat(before.getProperty("SUMMARY").orElseThrow().getValue()).isEqualTo("Kalendermöte åäö");
		this.mvc
			.perform(put("/api/v1/meetings/{id}", id).with(httpBasic(CONVENER, "demo"))
				.header("If-Match", "\"0\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content(meetingJson(null, "Kalendermöte, ny tid", 2032, 2, 3)))
			.andExpect(status().isOk());
		this.mvc
			.perform(put("/api/v1/meetings/{id}", id).with(httpBasic(CONVENER, "demo"))
				.header("If-Match", "\"0\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content(meetingJson(null, "Stale", 2032, 2, 3)))
			.andExpect(status().isPreconditionFailed());
		VEvent changed = event(this.mvc.perform(get("/api/v1/meetings/{id}.ics", id).with(httpBasic("lss.kil", "demo")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray());
		assertThat(changed.getProperty("UID").orElseThrow().getValue())
			.isEqualTo(before.getProperty("UID").orElseThrow().getValue());
		assertThat(changed.getProperty("SEQUENCE").orElseThrow().getValue()).isEqualTo("1");
		assertThat(changed.getProperty("DTSTART").orElseThrow().getValue()).isEqualTo("20320203T090000");
		postJson("mar.karlstad", "/api/v1/meetings/{id}/cancellation", "{}", id).andExpect(status().isForbidden());
		postJson(CONVENER, "/api/v1/meetings/{id}/cancellation", "{}", id).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CANCELLED"));
		VEvent cancelled = event(
				this.mvc.perform(get("/api/v1/meetings/{id}.ics", id).with(httpBasic("lss.kil", "demo")))
					.andReturn()
					.getResponse()
					.getContentAsByteArray());
		assertThat(cancelled.getProperty("STATUS").orElseThrow().getValue()).isEqualTo("CANCELLED");
		assertThat(cancelled.getProperty("SEQUENCE").orElseThrow().getValue()).isEqualTo("2");
		this.mvc.perform(get("/api/v1/meetings/{id}.ics", id)).andExpect(status().isUnauthorized());
	}

	@Test
	void each_user_subscribes_to_a_feed_by_a_secret_address_and_can_replace_it() throws Exception {
		String url = JsonPath
			.read(this.mvc.perform(get("/api/v1/me/calendar-feed").with(httpBasic("mar.karlstad", "demo")))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString(), "$.url");
		String path = url.substring(url.indexOf("/api/v1/calendar-feeds/"));
		byte[] feed = this.mvc.perform(get(path))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/calendar"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(feed));
		List<VEvent> events = calendar.getComponents("VEVENT");
		assertThat(events).isNotEmpty();
		assertThat(events).allSatisfy(
				(event) -> assertThat(event.getProperty("URL").orElseThrow().getValue()).contains("/meetings/"));
		this.mvc.perform(get("/api/v1/me/calendar-feed").with(httpBasic("mar.karlstad", "demo")))
			.andExpect(jsonPath("$.url").value(url));

		this.mvc.perform(post("/api/v1/me/calendar-feed/regeneration").with(httpBasic("mar.karlstad", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.url").value(not(url)));
		this.mvc.perform(get(path)).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/calendar-feeds/{token}.ics", "0".repeat(64))).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/calendar-feeds/{token}.ics", "nonsense")).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/me/calendar-feed")).andExpect(status().isUnauthorized());
	}

	@Test
	void the_demo_has_a_planned_meeting_a_held_one_with_approved_minutes_and_a_mas_mar_meeting() throws Exception {
		LocalDate today = LocalDate.now();
		this.mvc
			.perform(get("/api/v1/meetings?from={f}&to={t}", today.minusYears(1), today.plusMonths(3))
				.with(httpBasic("lss.kil", "demo")))
			.andExpect(jsonPath("$.items[?(@.groupKind=='STEERING_GROUP' && @.status=='PLANNED')]").isNotEmpty())
			.andExpect(
					jsonPath("$.items[?(@.groupKind=='STEERING_GROUP' && @.minutesStatus=='APPROVED')]").isNotEmpty())
			.andExpect(jsonPath("$.items[?(@.groupKind=='MAS_MAR')]").isNotEmpty());
		this.mvc.perform(get("/api/v1/steering-group").with(httpBasic("lss.kil", "demo")))
			.andExpect(jsonPath("$.members[?(@.staffId=='%s')].nominationMeetingId".formatted(staffId("mar.karlstad")))
				.isNotEmpty());
	}

	private static VEvent event(byte[] ics) throws Exception {
		Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(ics));
		List<VEvent> events = calendar.getComponents("VEVENT");
		assertThat(events).hasSize(1);
		return events.get(0);
	}

}

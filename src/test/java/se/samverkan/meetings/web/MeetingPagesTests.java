package se.samverkan.meetings.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import se.samverkan.meetings.MeetingGroups;
import se.samverkan.meetings.MeetingManagement;
import se.samverkan.meetings.MeetingSchedule;
import se.samverkan.meetings.MeetingStatus;
import se.samverkan.meetings.MeetingViews;
import se.samverkan.meetings.MeetingViews.MeetingSummary;
import se.samverkan.meetings.MeetingViews.MeetingView;
import se.samverkan.meetings.MinutesStatus;
import se.samverkan.organisation.Directory;
import se.samverkan.organisation.SignedInStaff;
import se.samverkan.shared.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The meetings' pages: who sees what, the forms, and the start page's meeting card. */
@SpringBootTest
@AutoConfigureMockMvc
class MeetingPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Directory directory;

	@Autowired
	MeetingViews views;

	@Autowired
	MeetingManagement management;

	private SignedInStaff account(String username) {
		return this.directory.account(username).orElseThrow();
	}

	private Document page(String path, SignedInStaff me) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(path).with(user(me)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private MeetingSummary demoPlanned() {
		return this.views.meetings(Instant.now(), null, MeetingGroups.STEERING_GROUP, new PageRequest(0, 200))
			.items()
			.stream()
			.filter((m) -> m.status() == MeetingStatus.PLANNED && m.title().equals("Styrgruppens möte"))
			.findFirst()
			.orElseThrow();
	}

	@Test
	@DisplayName("R16 the meetings page lists meetings, the year's schedule, the backlog and the personal feed")
	void r16MeetingsPageForEveryone() throws Exception {
		Document staff = page("/meetings", account("lss.karlstad"));
		assertThat(staff.select("h1").text()).isEqualTo("Möten");
		assertThat(staff.select("#upcoming").text()).contains("Styrgruppens möte");
		assertThat(staff.select("#schedule").text()).contains("Styrgruppens möten");
		assertThat(staff.select("#feed-url").attr("value")).contains("/api/v1/calendar-feeds/").endsWith(".ics");
		assertThat(staff.select("a[href='/meetings/new']")).isEmpty();
		assertThat(staff.select("#propose")).as("not a member").isEmpty();
		Document convener = page("/meetings", account("buh.samordnare"));
		assertThat(convener.select("a[href='/meetings/new']")).isNotEmpty();
		assertThat(page("/meetings", account("mar.arvika")).select("#backlog").text())
			.contains("Samordning av hjälpmedel i daglig verksamhet");
		this.mvc.perform(get("/meetings/new").with(user(account("lss.karlstad")))).andExpect(status().isForbidden());
	}

	@Test
	@DisplayName("R20 the planned meeting's agenda starts with the standing item and the parties' updates")
	void r20MeetingPageShowsStandingItemWithUpdates() throws Exception {
		Document meeting = page("/meetings/" + demoPlanned().id(), account("mar.karlstad"));
		assertThat(meeting.select("#agenda > li").first().text()).contains("Information om våra verksamheter",
				"Stående punkt");
		assertThat(meeting.select("#agenda .updates").text())
			.contains("Föräldrautbildning om övergång till vuxenlivet");
		assertThat(meeting.select("#add-item")).as("members propose items").isNotEmpty();
		assertThat(meeting.select("a[href$='.ics']")).isNotEmpty();
	}

	@Test
	@DisplayName("R16 a convener plans a meeting with the form; errors are shown next to the fields")
	void r16ConvenerPlansWithTheForm() throws Exception {
		SignedInStaff convener = account("vh.samordnare");
		Document form = page("/meetings/new", convener);
		assertThat(form.select("#meeting-form select#groupId option")).hasSizeGreaterThanOrEqualTo(2);
		Document refused = Jsoup
			.parse(this.mvc
				.perform(post("/meetings").with(user(convener))
					.with(csrf())
					.param("groupId", MeetingGroups.STEERING_GROUP.toString())
					.param("title", "")
					.param("date", "2035-03-01")
					.param("startTime", "10:00")
					.param("endTime", "09:00"))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());
		assertThat(refused.select(".error[role=alert]").text()).contains("Fyll i fältet",
				"Mötet måste sluta efter att det börjar");
		this.mvc
			.perform(post("/meetings").with(user(convener))
				.with(csrf())
				.param("groupId", MeetingGroups.STEERING_GROUP.toString())
				.param("title", "Formulärmöte")
				.param("date", "2035-03-01")
				.param("startTime", "09:00")
				.param("endTime", "11:30")
				.param("location", "Karlstad"))
			.andExpect(redirectedUrlPattern("/meetings/*"));
	}

	@Test
	@DisplayName("R16 minutes written on the page, sent for approval, approved by the attendee on the meeting page")
	void r16MinutesOnThePages() throws Exception {
		SignedInStaff convener = account("buh.samordnare");
		SignedInStaff member = account("chef.vh");
		Instant start = LocalDate.of(2036, 2, 3)
			.atTime(9, 0)
			.atZone(java.time.ZoneId.of("Europe/Stockholm"))
			.toInstant();
		MeetingView meeting = this.management.plan(convener, null,
				new MeetingSchedule("Sidprotokoll", start, start.plusSeconds(3600), null, null));
		UUID standing = meeting.agenda().get(0).id();
		Document form = page("/meetings/" + meeting.id() + "/minutes", convener);
		assertThat(form.select("#attendance input[type=checkbox]")).isNotEmpty();
		this.mvc
			.perform(post("/meetings/{id}/minutes", meeting.id()).with(user(convener))
				.with(csrf())
				.param("version", "0")
				.param("attendeeStaffIds", member.staffId().toString())
				.param("items[0].agendaItemId", standing.toString())
				.param("items[0].notes", "Alla informerade.")
				.param("items[0].outcome", "DECISION")
				.param("items[0].decisions", "Första beslutet\nAndra beslutet")
				.param("items[0].reviewOn", "2036-09-01"))
			.andExpect(redirectedUrlPattern("/meetings/*/minutes"));
		MeetingView written = this.views.meeting(meeting.id());
		assertThat(written.decisions()).extracting(MeetingViews.DecisionView::text)
			.containsExactly("Första beslutet", "Andra beslutet");
		assertThat(written.decisions()).allSatisfy((d) -> assertThat(d.reviewOn()).isEqualTo(LocalDate.of(2036, 9, 1)));
		this.mvc
			.perform(post("/meetings/{id}/action-items", meeting.id()).with(user(convener))
				.with(csrf())
				.param("title", "Skicka ut rutinen")
				.param("responsibleStaffId", member.staffId().toString())
				.param("dueOn", "2036-03-01"))
			.andExpect(redirectedUrlPattern("/meetings/*/minutes"));
		this.mvc.perform(post("/meetings/{id}/minutes/submission", meeting.id()).with(user(convener)).with(csrf()))
			.andExpect(redirectedUrlPattern("/meetings/*"));
		Document toApprove = page("/meetings/" + meeting.id(), member);
		assertThat(toApprove.select("#approval")).isNotEmpty();
		assertThat(page("/", member).select("#start-meetings").text()).contains("Sidprotokoll");
		this.mvc
			.perform(post("/meetings/{id}/minutes/approval", meeting.id()).with(user(account("lss.kil"))).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/meetings/{id}/minutes/approval", meeting.id()).with(user(member)).with(csrf()))
			.andExpect(redirectedUrlPattern("/meetings/*"));
		assertThat(this.views.meeting(meeting.id()).minutesStatus()).isEqualTo(MinutesStatus.APPROVED);
		Document approved = page("/meetings/" + meeting.id(), account("lss.kil"));
		assertThat(approved.select("#minutes-status").text()).isEqualTo("Justerat");
		assertThat(approved.select("#actions").text()).contains("Skicka ut rutinen");
		this.mvc.perform(get("/meetings/{id}/minutes.pdf", meeting.id()).with(user(account("lss.kil"))))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"));
		this.mvc.perform(get("/meetings/{id}/minutes", meeting.id()).with(user(member)))
			.andExpect(status().isForbidden());
	}

	@Test
	void the_decision_register_and_the_calendar_file_and_the_start_page() throws Exception {
		assertThat(page("/decisions", account("lss.kil")).select("#decisions").text())
			.contains("BUH ansvarar för träningsprogrammet");
		this.mvc.perform(get("/meetings/{id}.ics", demoPlanned().id()).with(user(account("lss.kil"))))
			.andExpect(status().isOk())
			.andExpect(content().string(startsWith("BEGIN:VCALENDAR")));
		assertThat(page("/", account("mar.karlstad")).select("#start-meetings").text()).contains("Nästa möte",
				"Styrgruppens möte");
		assertThat(page("/", account("mar.kil")).select("#start-meetings").text())
			.contains("MAS/MAR-gruppen: nominering till styrgruppen");
	}

}

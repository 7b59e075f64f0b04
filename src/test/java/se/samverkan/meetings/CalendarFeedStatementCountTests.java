package se.samverkan.meetings;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import se.samverkan.organisation.Directory;
import se.samverkan.organisation.OrganisationManagement;
import se.samverkan.organisation.SignedInStaff;
import se.samverkan.steeringgroup.SteeringGroupFixture;
import se.samverkan.testing.CountingDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A user's calendar feed takes as many SQL statements for ten meetings as for one (issue
 * 7): the meetings and their agendas are read together, not each meeting and everything
 * its page shows; and each event in the feed is the one the meeting's own calendar file
 * holds, but for the time it was written.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(CountingDataSource.Installed.class)
class CalendarFeedStatementCountTests {

	static final String CONVENER = "buh.samordnare";

	private static final Pattern EVENT = Pattern.compile("BEGIN:VEVENT\r\n.*?END:VEVENT\r\n", Pattern.DOTALL);

	private static final Instant START = Instant.parse("2035-02-05T08:00:00Z");

	@Autowired
	MockMvc mvc;

	@Autowired
	Directory directory;

	@Autowired
	OrganisationManagement organisation;

	@Autowired
	MeetingManagement management;

	@Autowired
	MeetingGroups groups;

	@Autowired
	CalendarFeeds feeds;

	@Test
	@DisplayName("R16 a calendar feed of ten meetings takes as many statements as a feed of one, with each meeting's own event")
	void feedTakesAConstantNumberOfStatements() throws Exception {
		SignedInStaff subscriber = SteeringGroupFixture.newStaff(this.directory, this.organisation,
				SteeringGroupFixture.lssUnit(this.directory, "Kil").id());
		UUID group = this.groups.create(GroupKind.WORKING_GROUP, "Kalendergruppen " + UUID.randomUUID(),
				Set.of(subscriber.staffId()));
		String url = this.feeds.feedUrl(subscriber.staffId());
		String path = url.substring(url.indexOf("/api/v1/calendar-feeds/"));
		List<UUID> meetings = new ArrayList<>();
		meetings.add(meeting(group, 0));
		long forOne = statements(get(path));
		for (int i = 1; i < 10; i++) {
			meetings.add(meeting(group, i));
		}
		long forTen = statements(get(path));
		assertThat(forTen).as("ten meetings against one").isEqualTo(forOne);

		Map<String, String> feed = events(
				this.mvc.perform(get(path)).andReturn().getResponse().getContentAsByteArray());
		assertThat(feed.keySet()).containsExactlyElementsOf(meetings.stream().map(ICalendar::uid).toList());
		for (UUID id : meetings) {
			byte[] own = this.mvc.perform(get("/api/v1/meetings/{id}.ics", id).with(user(account(CONVENER))))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsByteArray();
			assertThat(feed.get(ICalendar.uid(id))).as("the feed's event of meeting %s", id)
				.isEqualTo(events(own).get(ICalendar.uid(id)));
		}
	}

	/**
	 * The group's meeting number i, a week after the one before: with i agenda items of
	 * long Swedish titles, a video link on every other one, no place on every third; the
	 * fifth is moved and the seventh cancelled, so that their SEQUENCE grows.
	 */
	private UUID meeting(UUID group, int i) {
		SignedInStaff convener = account(CONVENER);
		Instant start = START.plus(7L * i, ChronoUnit.DAYS);
		String location = (i % 3 == 2) ? null : "Älvsalen, Karlstad " + i;
		String video = (i % 2 == 1) ? "https://video.example.org/rum-" + i : null;
		UUID id = this.management
			.plan(convener, group,
					new MeetingSchedule("Arbetsgruppens möte nr " + i + " – våren", start, start.plusSeconds(7200),
							location, video))
			.id();
		for (int item = 1; item <= i; item++) {
			this.management.addAgendaItem(convener, id,
					"Punkt " + item + ": överenskommelsens åtgärder för övergången från barn- till vuxenhabilitering",
					null);
		}
		if (i == 4) {
			this.management.reschedule(convener, id, null, new MeetingSchedule("Arbetsgruppens möte nr 4, ny tid",
					start.plusSeconds(3600), start.plusSeconds(10800), location, video));
		}
		if (i == 6) {
			this.management.cancel(convener, id, null);
		}
		return id;
	}

	/**
	 * The events of a calendar by UID, as written, without the time they were written.
	 */
	private static Map<String, String> events(byte[] ics) {
		Map<String, String> events = new LinkedHashMap<>();
		Matcher matcher = EVENT.matcher(new String(ics, StandardCharsets.UTF_8));
		while (matcher.find()) {
			String event = matcher.group().replaceAll("DTSTAMP:[^\r]*\r\n", "");
			Matcher uid = Pattern.compile("\r\nUID:([^\r]*)\r\n").matcher(event);
			assertThat(uid.find()).as(event).isTrue();
			events.put(uid.group(1), event);
		}
		return events;
	}

	private SignedInStaff account(String username) {
		return this.directory.account(username).orElseThrow();
	}

	private long statements(MockHttpServletRequestBuilder request) throws Exception {
		return CountingDataSource.statementsOf(this.mvc, request);
	}

}

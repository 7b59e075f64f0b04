package se.samverkan.meetings.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.meetings.MeetingViews;
import se.samverkan.meetings.MeetingViews.MeetingSummary;
import se.samverkan.organisation.Directory;
import se.samverkan.organisation.SignedInStaff;
import se.samverkan.shared.Page;
import se.samverkan.shared.PageRequest;
import se.samverkan.testing.CountingDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The meetings page pages its upcoming meetings, earliest first, and the past year's,
 * newest first, each with a pager of its own (issue 7: years of meetings), where it
 * showed the first 200 of each and dropped the rest: the pages together show every
 * meeting once, in order, and a page takes a constant number of statements and reads only
 * the meetings it shows. The test runs in a transaction that is rolled back.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(CountingDataSource.Installed.class)
@Transactional
class MeetingListPagingTests {

	private static final UUID MAS_MAR = UUID.fromString("00000000-0000-0000-0000-00000000c002");

	private static final int ADDED = 30;

	@Autowired
	MockMvc mvc;

	@Autowired
	Directory directory;

	@Autowired
	MeetingViews views;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	@DisplayName("R16 the upcoming meetings are paged earliest first, with a pager of their own")
	void theUpcomingMeetingsArePaged() throws Exception {
		addMeetings();

		Document first = page("/meetings");
		assertThat(first.select("#upcoming tbody tr")).hasSize(MeetingsController.MEETINGS_PAGE_SIZE);
		assertThat(pagerLinks(first, "upcoming")).containsExactly("/meetings?past=0&upcoming=1");

		List<String> shown = walk(first, "upcoming",
				(page) -> assertThat(page.select("#past tbody tr")).as("the past list stays on its first page")
					.hasSize(MeetingsController.MEETINGS_PAGE_SIZE));
		assertThat(shown).as("every upcoming meeting once, earliest first")
			.containsExactlyElementsOf(ids(earliestFirst(startOfToday(), null)));
	}

	@Test
	@DisplayName("R16 the past year's meetings are paged newest first, with a pager of their own that keeps the upcoming page")
	void thePastMeetingsArePagedNewestFirst() throws Exception {
		addMeetings();

		Document first = page("/meetings?upcoming=1");
		assertThat(first.select("#past tbody tr")).hasSize(MeetingsController.MEETINGS_PAGE_SIZE);
		assertThat(pagerLinks(first, "past")).containsExactly("/meetings?upcoming=1&past=1");

		List<String> shown = walk(first, "past",
				(page) -> assertThat(meetingIds(page, "upcoming")).as("the upcoming list stays on its second page")
					.isEqualTo(meetingIds(first, "upcoming")));
		List<String> newestFirst = new ArrayList<>(ids(earliestFirst(startOfToday().minusYears(1), startOfToday())));
		Collections.reverse(newestFirst);
		assertThat(shown).as("every meeting of the past year once, newest first")
			.containsExactlyElementsOf(newestFirst);
	}

	@Test
	@DisplayName("R16 a page of the meetings takes as many statements with 30 more meetings each way, and reads only the meetings it shows")
	void aPageOfTheMeetingsTakesAConstantNumberOfStatements() throws Exception {
		page("/meetings");
		long statements = statements("/meetings");
		long unshownRows = unshownRows("/meetings");

		addMeetings();

		for (String path : List.of("/meetings", "/meetings?upcoming=1&past=1")) {
			assertThat(statements(path)).as("%s, statements", path).isEqualTo(statements);
			assertThat(unshownRows(path)).as("%s, rows read beyond the meetings shown", path).isEqualTo(unshownRows);
		}
	}

	/**
	 * 30 MAS/MAR meetings far ahead and 30 in the past year, one a day before today: more
	 * than a page of each, outside the steering group's schedule.
	 */
	private void addMeetings() {
		LocalDate today = LocalDate.now(this.clock);
		for (int i = 0; i < ADDED; i++) {
			meeting("Kommande sidmöte " + i, LocalDate.of(2090, 1, 1).plusDays(i), "PLANNED");
			meeting("Tidigare sidmöte " + i, today.minusDays(i + 1), "HELD");
		}
	}

	private void meeting(String title, LocalDate day, String status) {
		Instant starts = day.atTime(10, 0).atZone(this.clock.getZone()).toInstant();
		this.jdbc.sql("""
				insert into meeting (id, group_id, title, starts_at, ends_at, location, status, minutes_status,
				                     sequence, version)
				values (:id, :group, :title, :starts, :ends, 'Karlstad', :status, 'DRAFT', 0, 0)
				""")
			.param("id", UUID.randomUUID())
			.param("group", MAS_MAR)
			.param("title", title)
			.param("starts", starts.atOffset(ZoneOffset.UTC))
			.param("ends", starts.plusSeconds(3600).atOffset(ZoneOffset.UTC))
			.param("status", status)
			.update();
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private ZonedDateTime startOfToday() {
		return today().atStartOfDay(zone());
	}

	private ZoneId zone() {
		return this.clock.getZone();
	}

	/** The meetings in the interval, earliest first, read a page of 200 at a time. */
	private List<MeetingSummary> earliestFirst(ZonedDateTime from, ZonedDateTime to) {
		List<MeetingSummary> meetings = new ArrayList<>();
		for (int p = 0;; p++) {
			Page<MeetingSummary> page = this.views.meetings(from.toInstant(), (to != null) ? to.toInstant() : null,
					null, new PageRequest(p, PageRequest.MAX_SIZE));
			meetings.addAll(page.items());
			if (!page.hasNext()) {
				return meetings;
			}
		}
	}

	private static List<String> ids(List<MeetingSummary> meetings) {
		return meetings.stream().map((meeting) -> "/meetings/" + meeting.id()).toList();
	}

	private static List<String> meetingIds(Document page, String table) {
		return page.select("#" + table + " tbody tr th a").eachAttr("href");
	}

	/**
	 * The meetings of one list on every page from the first, following its pager's next
	 * link; each page is checked as it is read.
	 */
	private List<String> walk(Document first, String list, Consumer<Document> check) throws Exception {
		List<String> shown = new ArrayList<>();
		Document page = first;
		while (page != null) {
			check.accept(page);
			shown.addAll(meetingIds(page, list));
			String next = next(page, list);
			page = (next != null) ? page(next) : null;
		}
		return shown;
	}

	private static List<String> pagerLinks(Document page, String list) {
		return page.select("nav#" + list + "-pager a").eachAttr("href");
	}

	private static String next(Document page, String list) {
		Element next = page.selectFirst("nav#" + list + "-pager a:contains(Nästa sida)");
		return (next != null) ? next.attr("href") : null;
	}

	private SignedInStaff me() {
		return this.directory.account("mar.karlstad").orElseThrow();
	}

	private Document page(String path) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(path).with(user(me())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private long statements(String path) throws Exception {
		return CountingDataSource.statementsOf(this.mvc, get(path).with(user(me())));
	}

	/** The rows a page reads beyond the upcoming and past meetings it shows. */
	private long unshownRows(String path) throws Exception {
		CountingDataSource.Read read = CountingDataSource.pageRead(this.mvc, get(path).with(user(me())));
		Document page = Jsoup.parse(read.body());
		return read.rows() - page.select("#upcoming tbody tr").size() - page.select("#past tbody tr").size();
	}

}

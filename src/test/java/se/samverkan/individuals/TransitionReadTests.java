package se.samverkan.individuals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import se.samverkan.testing.CountingDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The transition list (L2, L8) is paged in SQL (issue 7): a page reads, shows and
 * access-logs (L3) only its persons, however many of the reader's unit turn 18 in the
 * window, in as many statements. The persons turn 18 in 7 to 24 months, after the 6-month
 * windows other tests read, and are registered by municipalities no other test reads the
 * list of (Storfors, Torsby), so that those units' lists hold only them.
 */
@Import(CountingDataSource.Installed.class)
class TransitionReadTests extends IndividualsApplicationTest {

	private static final int PAGE_SIZE = 20;

	@Test
	@DisplayName("L3 L2 issue 7 a page of the API's transition list logs exactly the persons it returns, and its total counts the whole window")
	void aPageLogsExactlyThePersonsItReturns() throws Exception {
		List<String> listed = new ArrayList<>();
		for (int i = 0; i < 7; i++) {
			listed.add(person("lss.storfors", 7 + i, null));
		}
		String ended = person("lss.storfors", 8, this.fixture.today.minusDays(1));
		String after = person("lss.storfors", 25, null);

		List<UUID> before = logged("lss.storfors");
		List<String> first = ids(this.mvc.perform(page(0, 3).with(this.fixture.as("lss.storfors")))
			.andExpect(status().isOk())
			.andExpect(pageOf(0, 3, 7))
			.andExpect(jsonPath("$.items.length()").value(3)));
		assertThat(loggedSince(before, "lss.storfors")).as("the page's three persons, each once")
			.containsExactlyInAnyOrderElementsOf(first.stream().map(UUID::fromString).toList());

		before = logged("lss.storfors");
		List<String> last = ids(this.mvc.perform(page(2, 3).with(this.fixture.as("lss.storfors")))
			.andExpect(status().isOk())
			.andExpect(pageOf(2, 3, 7))
			.andExpect(jsonPath("$.items.length()").value(1)));
		assertThat(loggedSince(before, "lss.storfors")).as("the last page's one person")
			.containsExactlyElementsOf(last.stream().map(UUID::fromString).toList());

		List<String> all = ids(this.mvc.perform(page(0, 200).with(this.fixture.as("lss.storfors")))
			.andExpect(status().isOk())
			.andExpect(pageOf(0, 200, 7)));
		assertThat(all).as("soonest adult first, the same order on every page").isEqualTo(listed);
		assertThat(all.subList(0, 3)).isEqualTo(first);
		assertThat(all.subList(6, 7)).isEqualTo(last);
		assertThat(all).doesNotContain(ended, after);

		before = logged("lss.arvika");
		this.mvc.perform(page(0, 3).with(this.fixture.as("lss.arvika")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[?(@.personId == '" + listed.get(0) + "')]").isEmpty());
		assertThat(loggedSince(before, "lss.arvika")).as("R1 nothing of persons a unit does not see")
			.doesNotContainAnyElementsOf(listed.stream().map(UUID::fromString).toList());

		before = logged("lss.storfors");
		this.mvc.perform(get("/transitions").param("months", "24").with(this.fixture.as("lss.storfors")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/persons/" + listed.get(6) + "\"")))
			.andExpect(content().string(not(containsString("class=\"pager\""))));
		assertThat(loggedSince(before, "lss.storfors")).as("the page lists all seven, and logs them").hasSize(7);
	}

	@Test
	@DisplayName("L3 L2 issue 7 the transition list's page reads as many statements and rows for 61 persons in the window as for 21, and the page shows a pager")
	void aPageTakesAsManyStatementsAndRowsForManyAsForFew() throws Exception {
		for (int i = 0; i < 21; i++) {
			person("lss.torsby", 7 + i % 12, null);
		}
		long[] few = measure();
		for (int i = 0; i < 40; i++) {
			person("lss.torsby", 7 + i % 12, null);
		}
		long[] many = measure();
		assertThat(many).as("statements and rows of the API's page and the HTML page, 61 persons against 21")
			.containsExactly(few);

		List<UUID> before = logged("lss.torsby");
		this.mvc.perform(get("/transitions").param("months", "24").with(this.fixture.as("lss.torsby")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("class=\"pager\"")))
			.andExpect(content().string(containsString("Sida 1 av 4")))
			.andExpect(content().string(containsString("href=\"/transitions?months=24&amp;page=1\"")));
		assertThat(loggedSince(before, "lss.torsby")).as("the page of 20 shown, not the 61 of the window")
			.hasSize(PAGE_SIZE);
		before = logged("lss.torsby");
		this.mvc
			.perform(get("/transitions").param("months", "24").param("page", "3").with(this.fixture.as("lss.torsby")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Sida 4 av 4")));
		assertThat(loggedSince(before, "lss.torsby")).as("the last page's one person").hasSize(1);
	}

	/**
	 * The statements and rows of the API's page of 10 and of the HTML page, each read
	 * once before (so that each measured read finds the access log's pairs the first
	 * left).
	 */
	private long[] measure() throws Exception {
		MockHttpServletRequestBuilder api = get("/api/v1/transitions").param("withinMonths", "24").param("size", "10");
		MockHttpServletRequestBuilder html = get("/transitions").param("months", "24");
		List<Long> measured = new ArrayList<>();
		for (MockHttpServletRequestBuilder request : List.of(api, html)) {
			this.mvc.perform(request.with(this.fixture.as("lss.torsby"))).andExpect(status().isOk());
			measured.add(CountingDataSource.statementsOf(this.mvc, request.with(this.fixture.as("lss.torsby"))));
			measured.add(CountingDataSource.pageRead(this.mvc, request.with(this.fixture.as("lss.torsby"))).rows());
		}
		return measured.stream().mapToLong(Long::longValue).toArray();
	}

	/**
	 * A person registered by the account's unit who turns 18 in that many months (and 10
	 * days), with a consent covering the municipality and the region and an intervention
	 * at BUH, ended on that day if given.
	 */
	private String person(String username, int months, LocalDate endedOn) throws Exception {
		LocalDate adultOn = this.fixture.today.plusMonths(months).plusDays(10);
		String id = this.fixture.personBornOn(username, adultOn.minusYears(18));
		this.fixture.consent(username, id, this.directory.account(username).orElseThrow().principal().id(),
				this.fixture.region());
		this.fixture.intervention(username, id, this.fixture.buhUnit(), "Habilitering", null, endedOn)
			.andExpect(status().isCreated());
		return id;
	}

	private List<UUID> logged(String username) {
		return this.jdbc.sql("select person_id from access_log where staff_id = :staff and action = 'TRANSITIONS_READ'")
			.param("staff", this.fixture.staffId(username))
			.query(UUID.class)
			.list();
	}

	/** The persons logged for the reader since, each as often as logged. */
	private List<UUID> loggedSince(List<UUID> before, String username) {
		List<UUID> since = new ArrayList<>(logged(username));
		before.forEach(since::remove);
		return since;
	}

	private static MockHttpServletRequestBuilder page(int page, int size) {
		return get("/api/v1/transitions").param("withinMonths", "24")
			.param("page", String.valueOf(page))
			.param("size", String.valueOf(size));
	}

	private static List<String> ids(ResultActions result) throws Exception {
		return JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.items[*].personId");
	}

	private static ResultMatcher pageOf(int page, int size, int total) {
		return (result) -> {
			jsonPath("$.page").value(page).match(result);
			jsonPath("$.size").value(size).match(result);
			jsonPath("$.total").value(total).match(result);
		};
	}

}

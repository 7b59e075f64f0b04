package se.samverkan.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.shared.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The administrators' audit page counts the trail no further than it needs (issue 7:
 * every change adds an entry, some 3.5 million at national scale, and counting them all
 * for each page took 0.7-0.9 s): up to 10 000 entries, beyond which it says "more than"
 * and still pages on; the API's lists tell their whole total, as the contract says. The
 * test runs in a transaction that is rolled back.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class AuditPagingTests {

	private static final String ACTOR = "granskning.sidor";

	@Autowired
	MockMvc mvc;

	@Autowired
	AuditTrail trail;

	@Autowired
	JdbcTemplate jdbcTemplate;

	@Autowired
	UserDetailsService accounts;

	@Test
	@DisplayName("the audit page with more than 10 000 entries says more than 10 000 and pages on; the API tells the total")
	void beyondTheBoundThePageSaysMoreThan() throws Exception {
		int added = AuditTrail.COUNT_BOUND + 1;
		add(added, Instant.parse("2020-01-01T00:00:00Z"));

		for (String path : List.of("/admin/audit", "/admin/audit?actor=" + ACTOR)) {
			Document page = page(path);
			assertThat(page.select("caption").text()).as(path)
				.matches("Händelser, nyast först \\(fler än 10.000 st\\)");
			assertThat(page.select("nav.pager span").text()).as(path).isEqualTo("Sida 1 av fler än 200");
			assertThat(page.select("nav.pager a[rel=next]")).as(path).hasSize(1);
		}
		Document deep = page("/admin/audit?actor=" + ACTOR + "&page=200");
		assertThat(deep.select("tbody tr")).hasSize(1);
		assertThat(deep.select("caption").text()).matches("Händelser, nyast först \\(10.001 st\\)");
		assertThat(deep.select("nav.pager span").text()).isEqualTo("Sida 201 av 201");
		assertThat(deep.select("nav.pager a[rel=next]")).isEmpty();

		this.mvc.perform(get("/api/v1/admin/audit").param("actor", ACTOR).with(httpBasic("admin", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(added));
	}

	@Test
	@DisplayName("the audit page's pages, counted up to a bound, walk the trail once, newest first and ties by id; within the bound the total is the total")
	void thePagesWalkTheTrailOnceInOrder() {
		Instant at = Instant.parse("2020-01-01T00:00:00Z");
		List<UUID> earlier = add(23, at);
		List<UUID> later = add(3, at.plusSeconds(1));
		// newest first, those of one time by id as the databases order a uuid (its text)
		List<UUID> expected = new ArrayList<>();
		expected.addAll(later.stream().sorted(Comparator.comparing(UUID::toString)).toList());
		expected.addAll(earlier.stream().sorted(Comparator.comparing(UUID::toString)).toList());

		List<UUID> seen = new ArrayList<>();
		Set<UUID> once = new HashSet<>();
		for (int page = 0;; page++) {
			AuditTrail.Browsed read = this.trail.browse(AuditQuery.byActor(ACTOR), new PageRequest(page, 5), 20);
			read.entries().items().forEach((entry) -> {
				assertThat(once.add(entry.id())).as("%s on one page only", entry.id()).isTrue();
				seen.add(entry.id());
			});
			if (!read.entries().hasNext()) {
				assertThat(read.more()).isFalse();
				assertThat(read.entries().total()).isEqualTo(26);
				break;
			}
			assertThat(read.more()).as("page %d: more than %d", page, read.counted()).isTrue();
		}
		assertThat(seen).isEqualTo(expected);
		assertThat(this.trail.browse(AuditQuery.byActor(ACTOR), new PageRequest(0, 50), 20)).satisfies((read) -> {
			assertThat(read.more()).isFalse();
			assertThat(read.entries().total()).isEqualTo(26);
		});
	}

	/** That many entries by {@link #ACTOR} at that time, in one batch; their ids. */
	private List<UUID> add(int count, Instant at) {
		List<UUID> ids = IntStream.range(0, count).mapToObj((i) -> UUID.randomUUID()).toList();
		this.jdbcTemplate.batchUpdate("""
				insert into audit_entry (id, occurred_at, actor, action, aggregate_type, aggregate_id,
				                         version_before, version_after, summary)
				values (?, ?, ?, 'PagingChecked', 'Paging', ?, null, 1, 'checked')
				""",
				ids.stream()
					.map((id) -> new Object[] { id, OffsetDateTime.ofInstant(at, ZoneOffset.UTC), ACTOR, id })
					.toList());
		return ids;
	}

	private Document page(String path) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(path).with(user(this.accounts.loadUserByUsername("admin"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

}

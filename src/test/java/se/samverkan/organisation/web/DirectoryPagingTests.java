package se.samverkan.organisation.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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

import se.samverkan.organisation.Directory;
import se.samverkan.organisation.Directory.PrincipalView;
import se.samverkan.organisation.Directory.UnitView;
import se.samverkan.organisation.SignedInStaff;
import se.samverkan.testing.CountingDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The directory ("Parter") is paged by principal, each with its active units, in the
 * order it always listed them (issue 7: a national installation has some 300 principals
 * and thousands of units): a page shows one page of principals and a pager to the next,
 * the pages together show every active principal and unit once, and a page takes a
 * constant number of statements and reads only the rows it shows. The test runs in a
 * transaction that is rolled back.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(CountingDataSource.Installed.class)
@Transactional
class DirectoryPagingTests {

	private static final int ADDED = 30;

	@Autowired
	MockMvc mvc;

	@Autowired
	Directory directory;

	@Autowired
	JdbcClient jdbc;

	@Test
	@DisplayName("R19 the directory shows a page of principals with their units and a pager; the pages together show every active principal and unit once, in order")
	void theDirectoryIsPagedByPrincipal() throws Exception {
		addPrincipals();

		Document first = page("/directory");
		assertThat(first.select(".cards > .card")).hasSize(DirectoryController.PRINCIPALS_PAGE_SIZE);
		assertThat(first.select("h3").first().text()).isEqualTo("Region Värmland");
		assertThat(first.select("nav.pager a").eachAttr("href")).containsExactly("/directory?page=1");
		assertThat(first.select("nav.pager").text()).contains("Sida 1 av ");

		Map<String, List<String>> shown = new LinkedHashMap<>();
		Document page = first;
		while (true) {
			for (Element card : page.select(".cards > .card")) {
				assertThat(shown.put(card.selectFirst("h3").text(), card.select("li a").eachText()))
					.as("%s on one page only", card.selectFirst("h3").text())
					.isNull();
			}
			Element next = page.selectFirst("nav.pager a:contains(Nästa sida)");
			if (next == null) {
				break;
			}
			page = page(next.attr("href"));
		}
		assertThat(page.select("nav.pager a").eachText()).containsExactly("Föregående sida");

		assertThat(shown).as("every active principal with its active units, as the directory always listed them")
			.containsExactlyEntriesOf(everyActivePrincipalWithItsUnits());
		assertThat(shown).containsKey("Sidkommun 30")
			.doesNotContainKey("Upplöst sidkommun")
			.allSatisfy((name, units) -> assertThat(units).doesNotContain("Nedlagd enhet"));
		assertThat(shown.get("Sidkommun 07")).containsExactly("Enhet 1", "Enhet 2", "Enhet 3");
	}

	@Test
	@DisplayName("R19 a page of the directory takes as many statements with 30 more principals of four units each, and reads only the rows it shows")
	void aPageOfTheDirectoryTakesAConstantNumberOfStatements() throws Exception {
		page("/directory");
		long statements = statements("/directory");
		long unshownRows = unshownRows("/directory");

		addPrincipals();

		for (String path : List.of("/directory", "/directory?page=1")) {
			assertThat(statements(path)).as("%s, statements", path).isEqualTo(statements);
			assertThat(unshownRows(path)).as("%s, rows read beyond those shown", path).isEqualTo(unshownRows);
		}
	}

	@Test
	@DisplayName("R19 the interest organisations are paged on their own: the pages show every organisation once, by name, and each list's pager keeps the other list's page")
	void theInterestOrganisationsArePagedOnTheirOwn() throws Exception {
		addPrincipals();
		addInterestOrganisations();

		Document first = page("/directory");
		assertThat(first.select("ul.updates > li")).hasSize(DirectoryController.INTEREST_ORGANISATIONS_PAGE_SIZE);
		assertThat(first.select("#organisations-pager a").eachAttr("href"))
			.containsExactly("/directory?organisations=1");
		assertThat(first.select("#principals-pager a").eachAttr("href")).containsExactly("/directory?page=1");

		List<String> shown = new ArrayList<>();
		Document page = first;
		while (true) {
			for (Element organisation : page.select("ul.updates > li")) {
				assertThat(shown).as("%s on one page only", organisation.selectFirst("h3").text())
					.doesNotContain(organisation.selectFirst("h3").text());
				shown.add(organisation.selectFirst("h3").text());
			}
			Element next = page.selectFirst("#organisations-pager a:contains(Nästa sida)");
			if (next == null) {
				break;
			}
			page = page(next.attr("href"));
			assertThat(page.select(".cards > .card h3").first().text()).as("the principals stay on their first page")
				.isEqualTo("Region Värmland");
		}
		assertThat(shown).as("every interest organisation, by name")
			.containsExactlyElementsOf(
					this.jdbc.sql("select name from interest_organisation order by name").query(String.class).list())
			.contains("Intresseförening 01", "Intresseförening 30");

		Document both = page("/directory?page=1&organisations=1");
		assertThat(both.select("#principals-pager a").eachAttr("href"))
			.containsExactly("/directory?organisations=1&page=0");
		assertThat(both.select("#organisations-pager a").eachAttr("href"))
			.contains("/directory?page=1&organisations=0");
	}

	@Test
	@DisplayName("R19 a page of the directory reads one page of the interest organisations, however many there are")
	void aPageOfTheDirectoryReadsOnePageOfInterestOrganisations() throws Exception {
		page("/directory");
		long before = CountingDataSource.pageRead(this.mvc, get("/directory").with(user(me()))).rows();
		int shownBefore = page("/directory").select("ul.updates > li").size();

		addInterestOrganisations();
		addInterestOrganisations("Förening %02d");

		assertThat(CountingDataSource.pageRead(this.mvc, get("/directory").with(user(me()))).rows() - before)
			.as("rows read beyond those before: the organisations the full page adds, and their count")
			.isEqualTo(DirectoryController.INTEREST_ORGANISATIONS_PAGE_SIZE - shownBefore + 1);
	}

	/**
	 * The active principals in the directory's order with their active units, as the
	 * directory listed them before it was paged: from every principal and every unit.
	 */
	private Map<String, List<String>> everyActivePrincipalWithItsUnits() {
		Map<String, List<String>> expected = new LinkedHashMap<>();
		List<UnitView> units = this.directory.allUnits();
		for (PrincipalView principal : this.directory.principals(null)) {
			if (principal.active()) {
				expected.put(principal.name(),
						units.stream()
							.filter((unit) -> unit.active() && unit.principalId().equals(principal.id()))
							.map(UnitView::name)
							.toList());
			}
		}
		return expected;
	}

	/**
	 * 30 active municipalities, each with three active units and a closed one, and a
	 * dissolved municipality with a unit: more than a page of principals.
	 */
	private void addPrincipals() {
		for (int i = 1; i <= ADDED; i++) {
			UUID principal = principal("Sidkommun %02d".formatted(i), true);
			for (int u = 1; u <= 3; u++) {
				unit(principal, "Enhet " + u, true);
			}
			unit(principal, "Nedlagd enhet", false);
		}
		unit(principal("Upplöst sidkommun", false), "Enhet 1", true);
	}

	/** 30 interest organisations: with those of the demo more than a page. */
	private void addInterestOrganisations() {
		addInterestOrganisations("Intresseförening %02d");
	}

	private void addInterestOrganisations(String names) {
		for (int i = 1; i <= ADDED; i++) {
			this.jdbc
				.sql("insert into interest_organisation (id, name, description, version) values (:id, :name, '', 0)")
				.param("id", UUID.randomUUID())
				.param("name", names.formatted(i))
				.update();
		}
	}

	private UUID principal(String name, boolean active) {
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("insert into principal (id, name, kind, active, version) values (:id, :name, 'MUNICIPALITY', "
					+ ":active, 1)")
			.param("id", id)
			.param("name", name)
			.param("active", active)
			.update();
		return id;
	}

	private void unit(UUID principal, String name, boolean active) {
		this.jdbc.sql("""
				insert into unit (id, principal_id, name, kind, agreement_party, active, version)
				values (:id, :principal, :name, 'LSS', true, :active, 1)
				""")
			.param("id", UUID.randomUUID())
			.param("principal", principal)
			.param("name", name)
			.param("active", active)
			.update();
	}

	private SignedInStaff me() {
		return this.directory.account("vh.personal").orElseThrow();
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

	/**
	 * The rows a page reads beyond the principals, units and interest organisations it
	 * shows.
	 */
	private long unshownRows(String path) throws Exception {
		CountingDataSource.Read read = CountingDataSource.pageRead(this.mvc, get(path).with(user(me())));
		Document page = Jsoup.parse(read.body());
		return read.rows() - page.select(".cards > .card").size() - page.select(".cards > .card li").size()
				- page.select("ul.updates > li").size();
	}

}

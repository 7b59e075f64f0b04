package se.samverkan.organisation.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import javax.sql.DataSource;

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
import se.samverkan.shared.PageRequest;
import se.samverkan.testing.CountingDataSource;
import se.samverkan.testing.QueryPlans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The directory ("Parter") is paged by principal, each with its first active units, in
 * the order it always listed them (issue 7: a national installation has some 300
 * principals and thousands of units): a page shows one page of principals and a pager to
 * the next, the pages together show every active principal once, and a page takes a
 * constant number of statements and reads only the rows it shows. A principal's card
 * leads to its own page, which pages its active units by name however many it has. The
 * test runs in a transaction that is rolled back.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(CountingDataSource.Installed.class)
@Transactional
class DirectoryPagingTests {

	private static final int ADDED = 30;

	/**
	 * A municipality with many units, first of the municipalities by name: on the
	 * directory's first page.
	 */
	private static final String BIG = "Aby storkommun";

	@Autowired
	MockMvc mvc;

	@Autowired
	Directory directory;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Test
	@DisplayName("R19 the directory shows a page of principals with their first units and a pager; the pages together show every active principal once, in order")
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

		assertThat(shown)
			.as("every active principal with its first active units, in the order the directory always listed them")
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

	@Test
	@DisplayName("R19 a principal's card shows its first units and leads to its own page, whose pager reaches every active unit once, by name")
	void aPrincipalsUnitsArePagedOnItsOwnPage() throws Exception {
		UUID principal = principal(BIG, true);
		addUnits(principal, 1, 40);
		unit(principal, "Enhet 000 nedlagd", false);

		Element card = card(page("/directory"), BIG);
		assertThat(card.select("li a").eachText())
			.containsExactlyElementsOf(unitNames(1, DirectoryController.UNITS_ON_CARD));
		String path = "/directory/principals/" + principal;
		assertThat(card.selectFirst("h3 a").attr("href")).isEqualTo(path);
		assertThat(card.select("p > a").eachAttr("href")).containsExactly(path);
		assertThat(card.select("p > a").text()).isEqualTo("Alla 40 verksamheter hos " + BIG);
		assertThat(card(page("/directory"), "Arvika kommun").select("p > a")).as("a principal whose units all fit")
			.isEmpty();

		Document first = page(path);
		assertThat(first.selectFirst("h1").text()).isEqualTo(BIG);
		assertThat(first.select("ul.units > li")).hasSize(DirectoryController.UNITS_PAGE_SIZE);
		assertThat(first.select("#units-pager a").eachAttr("href")).containsExactly(path + "?page=1");
		List<String> shown = new ArrayList<>();
		Document page = first;
		while (true) {
			shown.addAll(page.select("ul.units > li > a").eachText());
			Element next = page.selectFirst("#units-pager a:contains(Nästa sida)");
			if (next == null) {
				break;
			}
			page = page(next.attr("href"));
		}
		assertThat(page.select("#units-pager").text()).contains("Sida 2 av 2");
		assertThat(shown).as("every active unit once, by name").containsExactlyElementsOf(unitNames(1, 40));
		assertThat(page("/directory/units/"
				+ this.directory.activeUnitsOf(principal, new PageRequest(0, 1)).items().get(0).id())
			.select("dd a[href=\"" + path + "\"]")
			.text()).as("a unit's page leads to its principal's").isEqualTo(BIG);
	}

	@Test
	@DisplayName("R19 issue 7 the directory and a principal's pages read as many rows with 300 more units of the principal")
	void aPrincipalsPagesReadAsManyRowsWithMoreUnits() throws Exception {
		UUID principal = principal(BIG, true);
		addUnits(principal, 1, 2 * DirectoryController.UNITS_PAGE_SIZE + 5);
		String path = "/directory/principals/" + principal;
		List<String> paths = List.of("/directory", path, path + "?page=1");
		Map<String, Long> before = new LinkedHashMap<>();
		for (String read : paths) {
			page(read);
			before.put(read, rows(read));
		}

		addUnits(principal, 2 * DirectoryController.UNITS_PAGE_SIZE + 6, 2 * DirectoryController.UNITS_PAGE_SIZE + 305);

		for (String read : paths) {
			assertThat(rows(read)).as("%s, rows read", read).isEqualTo(before.get(read));
		}
		assertThat(page(path).select("#units-pager").text()).contains("Sida 1 av 15");
		assertThat(page("/directory").select("a[href=\"" + path + "\"]").eachText())
			.contains("Alla 355 verksamheter hos " + BIG);
	}

	@Test
	@DisplayName("R19 issue 7 a page of a principal's units is read from the index on its principal and name: in order on PostgreSQL, where it stops after its rows")
	void aPageOfAPrincipalsUnitsReadsAnIndexInOrder() throws Exception {
		UUID principal = principal(BIG, true);
		QueryPlans.Plan plan = QueryPlans.of(this.dataSource,
				CountingDataSource.boundBy(() -> this.directory.activeUnitsOf(principal, new PageRequest(1, 5))),
				"order by u.name");
		if (plan.postgres()) {
			assertThat(plan.readsInOrderOf("unit_name_uk")).as("%s", plan).isTrue();
		}
		else {
			// H2 names the unique constraint's index itself, reads the principal's units
			// from it and sorts them.
			assertThat(plan.text()).as("%s", plan).containsPattern("/\\* public\\.\\w+: principal_id = \\?1 \\*/");
		}
	}

	@Test
	@DisplayName("R19 a principal that is not there answers 404")
	void anUnknownPrincipalIsNotFound() throws Exception {
		this.mvc.perform(get("/directory/principals/" + UUID.randomUUID()).with(user(me())))
			.andExpect(status().isNotFound());
	}

	/**
	 * The active principals in the directory's order with their first active units, as
	 * the directory listed them before it was paged: from every principal and every unit.
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
							.limit(DirectoryController.UNITS_ON_CARD)
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

	/** Active units "Enhet 001" and on of the principal, numbered from and to. */
	private void addUnits(UUID principal, int from, int to) {
		for (String name : unitNames(from, to)) {
			unit(principal, name, true);
		}
	}

	private static List<String> unitNames(int from, int to) {
		return IntStream.rangeClosed(from, to).mapToObj("Enhet %03d"::formatted).toList();
	}

	private static Element card(Document page, String principal) {
		return page.select(".cards > .card")
			.stream()
			.filter((card) -> card.selectFirst("h3").text().equals(principal))
			.findFirst()
			.orElseThrow(() -> new AssertionError(principal + " has no card on the page"));
	}

	private long rows(String path) throws Exception {
		return CountingDataSource.pageRead(this.mvc, get(path).with(user(me()))).rows();
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

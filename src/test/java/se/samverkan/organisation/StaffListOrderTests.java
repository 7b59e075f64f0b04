package se.samverkan.organisation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.organisation.Directory.StaffView;
import se.samverkan.shared.Page;
import se.samverkan.shared.PageRequest;
import se.samverkan.testing.CountingDataSource;
import se.samverkan.testing.QueryPlans;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staff list, by name and then username, of everyone or of one unit, active or not:
 * its pages walk it once in that order, and without a unit a page is read from an index
 * in that order (issue 7: it read and sorted every staff member, 20 000 at national
 * scale; a unit's few are read by the unit's index and sorted). The test runs in a
 * transaction that is rolled back.
 */
@SpringBootTest
@Import(CountingDataSource.Installed.class)
@Transactional
class StaffListOrderTests {

	@Autowired
	Directory directory;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	UUID unit;

	UUID otherUnit;

	List<UUID> added = new ArrayList<>();

	@BeforeEach
	void staff() {
		this.unit = this.directory.account("lss.kil").orElseThrow().unit().id();
		this.otherUnit = this.directory.account("lss.sunne").orElseThrow().unit().id();
		// in the list's order: by name, the same name by username
		add("Aaron Ordningsson", "ordning.b", this.unit, true);
		add("Aaron Ordningsson", "ordning.c", this.otherUnit, true);
		add("Aaron Ordningsson", "ordning.d", this.unit, false);
		add("Aaron Ordningssons", "ordning.a", this.unit, true);
	}

	@Test
	@DisplayName("R19 the staff list's pages, of everyone or of one unit, active or not, walk it once by name and then username")
	void thePagesWalkTheListInOrder() {
		assertThat(walk(null, null)).isEqualTo(inOrder("true")).containsSubsequence(this.added);
		assertThat(walk(null, true)).isEqualTo(inOrder("s.active"))
			.containsSubsequence(this.added.get(0), this.added.get(1), this.added.get(3));
		assertThat(walk(this.unit, null)).isEqualTo(inOrder("s.unit_id = '" + this.unit + "'"))
			.containsSubsequence(this.added.get(0), this.added.get(2), this.added.get(3));
		assertThat(walk(this.unit, true)).isEqualTo(inOrder("s.unit_id = '" + this.unit + "' and s.active"))
			.containsSubsequence(this.added.get(0), this.added.get(3));
	}

	@Test
	@DisplayName("R19 a page of the staff list without a unit, all or only the active, is read from an index in the list's order: it stops after its rows")
	void aPageReadsAnIndexInOrder() throws Exception {
		assertReadsInOrderOf(null, null, "staff_name_idx");
		assertReadsInOrderOf(null, true, "staff_name_idx");
	}

	private void assertReadsInOrderOf(UUID unit, Boolean active, String index) throws Exception {
		QueryPlans.Plan plan = QueryPlans.of(this.dataSource,
				CountingDataSource.boundBy(() -> this.directory.staff(unit, active, new PageRequest(0, 5))),
				"order by");
		assertThat(plan.readsInOrderOf(index)).as("%s", plan).isTrue();
	}

	/** The list in pages of seven, each id once; every page tells the same total. */
	private List<UUID> walk(UUID unit, Boolean active) {
		List<UUID> seen = new ArrayList<>();
		Set<UUID> once = new HashSet<>();
		for (int page = 0;; page++) {
			Page<StaffView> read = this.directory.staff(unit, active, new PageRequest(page, 7));
			for (StaffView staff : read.items()) {
				assertThat(once.add(staff.id())).as("%s on one page only", staff.username()).isTrue();
				seen.add(staff.id());
			}
			if (read.items().size() < 7) {
				assertThat(read.total()).isEqualTo(seen.size());
				return seen;
			}
		}
	}

	/** The staff the condition picks, in the database's order of their names. */
	private List<UUID> inOrder(String condition) {
		return this.jdbc.sql("select s.id from staff s where " + condition + " order by s.display_name, s.username")
			.query(UUID.class)
			.list();
	}

	private void add(String name, String username, UUID unit, boolean active) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into staff (id, username, display_name, unit_id, active, version)
				values (:id, :username, :name, :unit, :active, 0)
				""")
			.params(Map.of("id", id, "username", username, "name", name, "unit", unit, "active", active))
			.update();
		this.added.add(id);
	}

}

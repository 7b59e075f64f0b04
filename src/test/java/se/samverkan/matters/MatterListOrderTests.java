package se.samverkan.matters;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.matters.MatterManagement.MatterFilter;
import se.samverkan.organisation.Directory;
import se.samverkan.organisation.SignedInStaff;
import se.samverkan.shared.Page;
import se.samverkan.shared.PageRequest;
import se.samverkan.testing.CountingDataSource;
import se.samverkan.testing.QueryPlans;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The matters list, newest change first and ties by id, filtered by status, category,
 * source, the reporting unit, and for someone who does not handle matters their own: the
 * pages walk each filtered list once in that order, and each filter's page is read from
 * that filter's index in order (issue 7: before, a filtered page walked the list's index
 * past the other matters, or read every matter and sorted). The test runs in a
 * transaction that is rolled back.
 */
@SpringBootTest
@Import(CountingDataSource.Installed.class)
@Transactional
class MatterListOrderTests {

	@Autowired
	MatterManagement matters;

	@Autowired
	Directory directory;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	Clock clock;

	SignedInStaff handler;

	SignedInStaff reporter;

	@BeforeEach
	void matters() {
		this.handler = this.directory.account("buh.samordnare").orElseThrow();
		this.reporter = this.directory.account("lss.kil").orElseThrow();
		assertThat(this.matters.handles(this.handler)).isTrue();
		assertThat(this.matters.handles(this.reporter)).isFalse();
		Instant t = this.clock.instant().plus(Duration.ofDays(365));
		MatterCategory[] categories = MatterCategory.values();
		MatterSource[] sources = MatterSource.values();
		MatterStatus[] statuses = MatterStatus.values();
		for (int i = 0; i < 24; i++) {
			// every third changed at the same time as the one before it
			Instant changed = t.minus(Duration.ofMinutes(i - ((i % 3 == 2) ? 1 : 0)));
			insert(categories[i % categories.length], sources[i % sources.length], statuses[i % statuses.length],
					(i % 2 == 0) ? this.reporter : this.handler, changed);
		}
	}

	@Test
	@DisplayName("R9 each filter's pages walk its matters once, newest change first and ties by id")
	void theFilteredPagesWalkTheirListInOrder() {
		UUID kil = this.reporter.unit().id();
		assertThat(walk(this.handler, MatterFilter.none())).isEqualTo(expected((row) -> true));
		assertThat(walk(this.handler, new MatterFilter(MatterStatus.REPORTED, null, null, null)))
			.isEqualTo(expected((row) -> row.status().equals("REPORTED")));
		assertThat(walk(this.handler, new MatterFilter(null, MatterCategory.DEVIATION, null, null)))
			.isEqualTo(expected((row) -> row.category().equals("DEVIATION")));
		assertThat(walk(this.handler, new MatterFilter(null, null, MatterSource.SERVICE_USER, null)))
			.isEqualTo(expected((row) -> row.source().equals("SERVICE_USER")));
		assertThat(walk(this.handler, new MatterFilter(null, null, null, kil)))
			.isEqualTo(expected((row) -> kil.equals(row.unit())));
		assertThat(walk(this.handler, new MatterFilter(MatterStatus.REPORTED, MatterCategory.GREY_ZONE, null, kil)))
			.isEqualTo(expected((row) -> row.status().equals("REPORTED") && row.category().equals("GREY_ZONE")
					&& kil.equals(row.unit())));
		assertThat(walk(this.reporter, MatterFilter.none()))
			.isEqualTo(expected((row) -> this.reporter.staffId().equals(row.reporter())))
			.hasSizeGreaterThanOrEqualTo(12);
		assertThat(walk(this.reporter, new MatterFilter(null, MatterCategory.GREY_ZONE, null, null)))
			.isEqualTo(expected(
					(row) -> this.reporter.staffId().equals(row.reporter()) && row.category().equals("GREY_ZONE")));
	}

	@Test
	@DisplayName("R9 a page of the list, with or without one filter, is read from an index in the list's order: it stops after its rows")
	void eachFilterReadsItsIndexInOrder() throws Exception {
		assertReadsInOrderOf(this.handler, MatterFilter.none(), "matter_changed_idx");
		assertReadsInOrderOf(this.handler, new MatterFilter(MatterStatus.REPORTED, null, null, null),
				"matter_status_changed_idx");
		assertReadsInOrderOf(this.handler, new MatterFilter(null, MatterCategory.DEVIATION, null, null),
				"matter_category_changed_idx");
		assertReadsInOrderOf(this.handler, new MatterFilter(null, null, MatterSource.SERVICE_USER, null),
				"matter_source_changed_idx");
		assertReadsInOrderOf(this.handler, new MatterFilter(null, null, null, this.reporter.unit().id()),
				"matter_unit_changed_idx");
		assertReadsInOrderOf(this.reporter, MatterFilter.none(), "matter_reporter_changed_idx");
	}

	private void assertReadsInOrderOf(SignedInStaff me, MatterFilter filter, String index) throws Exception {
		QueryPlans.Plan plan = QueryPlans.of(this.dataSource,
				CountingDataSource.boundBy(() -> this.matters.matters(me, filter, new PageRequest(0, 5))), "order by");
		assertThat(plan.readsInOrderOf(index)).as("%s", plan).isTrue();
	}

	/** The list in pages of five, each id once; every page tells the same total. */
	private List<UUID> walk(SignedInStaff me, MatterFilter filter) {
		List<UUID> seen = new ArrayList<>();
		Set<UUID> once = new HashSet<>();
		for (int page = 0;; page++) {
			Page<MatterView.Listed> read = this.matters.matters(me, filter, new PageRequest(page, 5));
			for (MatterView.Listed matter : read.items()) {
				assertThat(once.add(matter.id())).as("%s on one page only", matter.id()).isTrue();
				seen.add(matter.id());
			}
			if (read.items().size() < 5) {
				assertThat(read.total()).isEqualTo(seen.size());
				return seen;
			}
		}
	}

	/**
	 * The matters that pass, in the list's order worked out here: newest change first,
	 * then by id as the databases order a uuid (its text).
	 */
	private List<UUID> expected(Predicate<Row> passes) {
		return this.jdbc
			.sql("select id, category, source, status, reported_by, reported_by_unit_id, changed_at from matter")
			.query((rs, row) -> new Row(rs.getObject("id", UUID.class), rs.getString("category"),
					rs.getString("source"), rs.getString("status"), rs.getObject("reported_by", UUID.class),
					rs.getObject("reported_by_unit_id", UUID.class),
					rs.getObject("changed_at", OffsetDateTime.class).toInstant()))
			.list()
			.stream()
			.filter(passes)
			.sorted(Comparator.comparing(Row::changedAt).reversed().thenComparing((row) -> row.id().toString()))
			.map(Row::id)
			.toList();
	}

	private void insert(MatterCategory category, MatterSource source, MatterStatus status, SignedInStaff by,
			Instant changed) {
		this.jdbc.sql("""
				insert into matter (id, title, description, category, source, status, reported_by,
				                    reported_by_unit_id, reported_at, changed_at, version)
				values (:id, 'Ordning', 'Vem ansvarar?', :category, :source, :status, :by, :unit, :reported,
				        :changed, 0)
				""")
			.param("id", UUID.randomUUID())
			.param("category", category.name())
			.param("source", source.name())
			.param("status", status.name())
			.param("by", by.staffId())
			.param("unit", by.unit().id())
			.param("reported", OffsetDateTime.ofInstant(changed.minus(Duration.ofDays(1)), ZoneOffset.UTC))
			.param("changed", OffsetDateTime.ofInstant(changed, ZoneOffset.UTC))
			.update();
	}

	private record Row(UUID id, String category, String source, String status, UUID reporter, UUID unit,
			Instant changedAt) {
	}

}

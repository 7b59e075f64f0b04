package se.samverkan.individuals;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import se.samverkan.individuals.VisibilityPolicy.Circle;
import se.samverkan.individuals.VisibilityPolicy.Viewer;
import se.samverkan.individuals.VisibilityPolicyTests.ConsentState;
import se.samverkan.individuals.VisibilityPolicyTests.Parties;
import se.samverkan.individuals.VisibilityPolicyTests.TestUnit;
import se.samverkan.organisation.OrganisationManagement;
import se.samverkan.organisation.UnitKind;
import se.samverkan.shared.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The visibility rule in SQL ({@link VisibilityPolicy#MAY_SEE_SQL}, which pages the
 * persons list in the database) agrees with {@link VisibilityPolicy#maySee} on every case
 * of the policy's table: each case is written to the database as rows and decided both
 * ways.
 */
class VisibilityPolicySqlTests extends IndividualsApplicationTest {

	@Autowired
	Consents consents;

	@Autowired
	IndividualsManagement individuals;

	@Autowired
	Persons persons;

	@Autowired
	VisiblePersons visiblePersons;

	@Autowired
	OrganisationManagement organisation;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	DataSource dataSource;

	final Map<TestUnit, Viewer> viewers = new EnumMap<>(TestUnit.class);

	LocalDate today;

	UUID staffId;

	@BeforeEach
	void units() {
		this.today = this.fixture.today;
		this.staffId = this.fixture.staffId("lss.karlstad");
		UUID karlstad = this.fixture.karlstad();
		this.viewers.put(TestUnit.KARLSTAD_LSS, new Viewer(this.fixture.unitOf("lss.karlstad"), karlstad));
		this.viewers.put(TestUnit.KARLSTAD_OTHER, new Viewer(newUnit(karlstad), karlstad));
		this.viewers.put(TestUnit.BUH, new Viewer(this.fixture.buhUnit(), this.fixture.region()));
		this.viewers.put(TestUnit.ARVIKA_LSS, new Viewer(this.fixture.unitOf("lss.arvika"), arvika()));
	}

	@ParameterizedTest(name = "{0}, involved={1}, consent={2} -> sees={3}")
	@MethodSource("se.samverkan.individuals.VisibilityPolicyTests#table")
	@DisplayName("R1 the SQL of the visibility rule agrees with the policy on every case of its table")
	void r1SqlAgreesWithThePolicy(TestUnit unit, boolean involved, ConsentState consent, boolean sees) {
		UUID personId = person(this.viewers.get(TestUnit.KARLSTAD_LSS).unitId());
		if (unit != TestUnit.KARLSTAD_LSS) {
			involve(personId, TestUnit.KARLSTAD_LSS, Instant.now());
		}
		if (involved) {
			involve(personId, unit, Instant.now());
		}
		Parties parties = new Parties(personId, this.staffId, this.fixture.karlstad(), this.fixture.region(), arvika());
		this.consents.saveAll(consent.consents(parties, this.today));
		Viewer viewer = this.viewers.get(unit);
		Person person = this.persons.findById(personId).orElseThrow();
		this.individuals.shareAnew(person);

		boolean byPolicy = VisibilityPolicy.maySee(this.individuals.circleOf(person), viewer, this.today);
		boolean bySql = this.visiblePersons.maySee(personId, viewer, this.today);

		assertThat(byPolicy).as("the policy").isEqualTo(sees);
		assertThat(bySql).as("the SQL").isEqualTo(sees);
		assertThat(this.visiblePersons.page(viewer, this.today, PageRequest.of(0, PageRequest.MAX_SIZE)))
			.as("the unit's list, newest involvement first")
			.matches((ids) -> ids.contains(personId) == sees);
		for (LocalDate day : List.of(this.today, this.today.plusDays(1))) {
			assertThat(this.visiblePersons.count(viewer, day))
				.as("the total on %s, from the involvements' shared_until: consents end and children turn 18 "
						+ "without an update", day)
				.isEqualTo(all(viewer, day).size());
		}
	}

	@Test
	@DisplayName("R1 a unit's list is paged in the database, newest involvement first, only persons it may see")
	void r1TheListIsPagedInTheDatabaseWithAStableOrder() {
		UUID karlstadLss = this.viewers.get(TestUnit.KARLSTAD_LSS).unitId();
		Viewer otherUnit = this.viewers.get(TestUnit.KARLSTAD_OTHER);
		Viewer arvikaUnit = new Viewer(newUnit(arvika()), arvika());
		Instant start = Instant.parse("2026-01-01T10:00:00Z");
		List<UUID> expected = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			UUID personId = person(karlstadLss);
			involveUnit(personId, karlstadLss, start);
			involveUnit(personId, otherUnit.unitId(), start.plusSeconds(60L * i));
			involveUnit(personId, arvikaUnit.unitId(), start.plusSeconds(60L * i));
			expected.add(0, personId);
		}

		assertThat(this.visiblePersons.count(otherUnit, this.today)).isEqualTo(5);
		List<UUID> paged = new ArrayList<>();
		for (int page = 0; page < 3; page++) {
			paged.addAll(this.visiblePersons.page(otherUnit, this.today, PageRequest.of(page, 2)));
		}
		assertThat(paged).containsExactlyElementsOf(expected);
		assertThat(this.visiblePersons.count(arvikaUnit, this.today)).as("another principal without consent").isZero();
		assertThat(this.visiblePersons.page(arvikaUnit, this.today, PageRequest.of(0, 10))).isEmpty();
	}

	@Test
	@DisplayName("R1 the total of a unit's list counts the persons it registered and those it sees through others")
	void r1TheTotalCountsEveryPersonOnTheList() throws Exception {
		Viewer karlstad = this.viewers.get(TestUnit.KARLSTAD_LSS);
		long before = this.visiblePersons.count(karlstad, this.today);
		this.fixture.person("lss.karlstad", 30);
		assertThat(this.visiblePersons.count(karlstad, this.today)).isEqualTo(before + 1);
		Viewer buh = this.viewers.get(TestUnit.BUH);
		for (Viewer viewer : List.of(karlstad, buh)) {
			assertThat(this.visiblePersons.count(viewer, this.today)).isEqualTo(all(viewer, this.today).size());
		}
	}

	@Test
	@DisplayName("R1 the total follows a consent recorded and revoked through the service, in the same transaction")
	void r1TheTotalFollowsConsentsRecordedAndRevoked() throws Exception {
		Viewer buh = this.viewers.get(TestUnit.BUH);
		String personId = this.fixture.person("lss.karlstad", 30);
		String consentId = this.fixture.consent("lss.karlstad", personId, this.fixture.karlstad(),
				this.fixture.region());
		long before = this.visiblePersons.count(buh, this.today);
		this.fixture.intervention("lss.karlstad", personId, buh.unitId(), "Habilitering", null, null);
		assertThat(this.visiblePersons.count(buh, this.today)).as("involved under a consent").isEqualTo(before + 1);
		this.individuals.revokeConsent(this.directory.account("lss.karlstad").orElseThrow(), UUID.fromString(personId),
				UUID.fromString(consentId), "Återkallat", null);
		assertThat(this.visiblePersons.count(buh, this.today)).as("consent revoked").isEqualTo(before);
		assertThat(this.visiblePersons.count(buh, this.today)).isEqualTo(all(buh, this.today).size());
	}

	@Test
	@DisplayName("R1 the total follows a unit moved to another principal: its involvements and those with the persons it registered")
	void r1TheTotalFollowsAUnitMovedToAnotherPrincipal() {
		Viewer karlstadLss = this.viewers.get(TestUnit.KARLSTAD_LSS);
		UUID moved = newUnit(this.fixture.karlstad());
		UUID registeredByMoved = person(moved);
		involveUnit(registeredByMoved, moved, Instant.now());
		involveUnit(registeredByMoved, karlstadLss.unitId(), Instant.now());
		UUID registeredByLss = person(karlstadLss.unitId());
		involveUnit(registeredByLss, karlstadLss.unitId(), Instant.now());
		involveUnit(registeredByLss, moved, Instant.now());
		assertThat(this.visiblePersons.count(new Viewer(moved, this.fixture.karlstad()), this.today)).isEqualTo(2);

		this.organisation.changeUnit(moved, null, arvika(), "Testenhet " + moved, UnitKind.OTHER, false, true);

		Viewer movedUnit = new Viewer(moved, arvika());
		assertThat(all(movedUnit, this.today)).as("its own person only").containsExactly(registeredByMoved);
		assertThat(all(karlstadLss, this.today)).as("the moved unit's person is another principal's now")
			.doesNotContain(registeredByMoved)
			.contains(registeredByLss);
		for (Viewer viewer : List.of(movedUnit, karlstadLss)) {
			assertThat(this.visiblePersons.count(viewer, this.today)).isEqualTo(all(viewer, this.today).size());
		}
	}

	@Test
	@DisplayName("R1 the migration's fill of shared_until (V72) gives what the application keeps, on every consent state")
	void r1TheFillOfSharedUntilAgreesWithThePolicy() throws Exception {
		Map<List<UUID>, LocalDate> byPolicy = new HashMap<>();
		List<UUID> personIds = new ArrayList<>();
		for (ConsentState consent : ConsentState.values()) {
			UUID personId = person(this.viewers.get(TestUnit.KARLSTAD_LSS).unitId());
			personIds.add(personId);
			this.consents.saveAll(consent.consents(
					new Parties(personId, this.staffId, this.fixture.karlstad(), this.fixture.region(), arvika()),
					this.today));
			for (TestUnit unit : TestUnit.values()) {
				involve(personId, unit, Instant.now());
			}
			Circle circle = this.individuals.circleOf(this.persons.findById(personId).orElseThrow());
			for (Viewer viewer : this.viewers.values()) {
				byPolicy.put(List.of(personId, viewer.unitId()),
						VisibilityPolicy.sharedUntil(circle, viewer.principalId()));
			}
		}
		assertThat(sharedUntil(personIds)).as("kept by the application").isEqualTo(byPolicy);
		this.jdbc.sql("update person_involvement set shared_until = null where person_id in (:persons)")
			.param("persons", personIds)
			.update();

		String fill = new ClassPathResource("db/migration/V72__person_involvement_shared_until_fill.sql")
			.getContentAsString(StandardCharsets.UTF_8)
			.strip();
		this.jdbc.sql(fill.substring(0, fill.length() - 1)).update();

		assertThat(sharedUntil(personIds)).as("filled by V72").isEqualTo(byPolicy);
	}

	private Map<List<UUID>, LocalDate> sharedUntil(List<UUID> personIds) {
		Map<List<UUID>, LocalDate> values = new HashMap<>();
		this.jdbc.sql("select person_id, unit_id, shared_until from person_involvement where person_id in (:persons)")
			.param("persons", personIds)
			.query((rs) -> {
				values.put(List.of(rs.getObject("person_id", UUID.class), rs.getObject("unit_id", UUID.class)),
						rs.getObject("shared_until", LocalDate.class));
			});
		return values;
	}

	@Test
	@DisplayName("R1 a consent change waits while another change of the person's consents or involvements holds the person")
	void r1AConsentChangeWaitsForTheLockedPerson() throws Exception {
		String personId = this.fixture.person("lss.karlstad", 30);
		String consentId = this.fixture.consent("lss.karlstad", personId, this.fixture.karlstad(),
				this.fixture.region());
		CountDownLatch locked = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Future<?> other = pool
				.submit(() -> new TransactionTemplate(this.transactions).executeWithoutResult((tx) -> {
					this.jdbc.sql("select id from person where id = :id for update")
						.param("id", UUID.fromString(personId))
						.query(UUID.class)
						.single();
					locked.countDown();
					try {
						release.await();
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
					}
				}));
			locked.await();
			Future<?> revoke = pool
				.submit(() -> this.individuals.revokeConsent(this.directory.account("lss.karlstad").orElseThrow(),
						UUID.fromString(personId), UUID.fromString(consentId), "Återkallat", null));
			assertThat(awaitSessionWaitingForALock()).as("the revocation waits for the person").isTrue();
			assertThat(revoke).isNotDone();
			release.countDown();
			other.get();
			revoke.get();
		}
		finally {
			release.countDown();
			pool.shutdown();
		}
	}

	/**
	 * Whether a session of the database comes to wait for a row lock within ten seconds.
	 */
	private boolean awaitSessionWaitingForALock() throws SQLException {
		boolean postgres;
		try (Connection connection = this.dataSource.getConnection()) {
			postgres = connection.getMetaData().getDatabaseProductName().equals("PostgreSQL");
		}
		String waiting = postgres ? "select count(*) from pg_stat_activity where wait_event_type = 'Lock'"
				: "select count(*) from information_schema.sessions where blocker_id is not null";
		long deadline = System.nanoTime() + 10_000_000_000L;
		while (System.nanoTime() < deadline) {
			if (this.jdbc.sql(waiting).query(Long.class).single() > 0) {
				return true;
			}
			Thread.onSpinWait();
		}
		return false;
	}

	/** The whole list of the viewer on that day, page by page. */
	private List<UUID> all(Viewer viewer, LocalDate day) {
		List<UUID> all = new ArrayList<>();
		for (int page = 0;; page++) {
			List<UUID> ids = this.visiblePersons.page(viewer, day, PageRequest.of(page, PageRequest.MAX_SIZE));
			all.addAll(ids);
			if (ids.size() < PageRequest.MAX_SIZE) {
				return all;
			}
		}
	}

	private UUID arvika() {
		return this.fixture.principal("Arvika kommun");
	}

	private UUID newUnit(UUID principalId) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into unit (id, principal_id, name, kind, agreement_party, active, version)
				values (:id, :principal, :name, 'OTHER', false, true, 1)
				""").param("id", id).param("principal", principalId).param("name", "Testenhet " + id).update();
		return id;
	}

	private UUID person(UUID registeredBy) {
		UUID id = UUID.randomUUID();
		LocalDate born = this.today.minusYears(30);
		this.jdbc.sql("""
				insert into person (id, personal_identity_number, birth_date, first_name, last_name,
				  home_municipality_id, protected_identity, registered_by_unit_id, registered_at, version)
				values (:id, :number, :born, 'Test', 'Tabellsson', :home, false, :unit, :at, 1)
				""")
			.param("id", id)
			.param("number", TestPersons.numberBornOn(born))
			.param("born", born)
			.param("home", this.fixture.karlstad())
			.param("unit", registeredBy)
			.param("at", OffsetDateTime.now(ZoneOffset.UTC))
			.update();
		return id;
	}

	private void involve(UUID personId, TestUnit unit, Instant since) {
		involveUnit(personId, this.viewers.get(unit).unitId(), since);
	}

	private void involveUnit(UUID personId, UUID unitId, Instant since) {
		this.jdbc
			.sql("""
					insert into person_involvement (person_id, unit_id, reason, since) values (:person, :unit, 'CONTACT', :since)
					""")
			.param("person", personId)
			.param("unit", unitId)
			.param("since", OffsetDateTime.ofInstant(since, ZoneOffset.UTC))
			.update();
		this.individuals.shareAnew(this.persons.findById(personId).orElseThrow());
	}

}

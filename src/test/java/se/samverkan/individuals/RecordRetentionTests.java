package se.samverkan.individuals;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import se.samverkan.organisation.Directory;
import se.samverkan.shared.MultiRowInsert;
import se.samverkan.shared.Timestamps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Retention (L7): a closed record is removed once the retention period has passed since
 * its last activity; an ongoing one never. Runs in a context (and database) of its own,
 * since removal at a date ten years ahead would take other tests' data with it.
 */
@SpringBootTest(properties = { "samverkan.individuals.retention.person-records=P10Y",
		"samverkan.individuals.retention.contacts=P2Y", "samverkan.individuals.retention.consents=P3Y",
		"samverkan.individuals.retention.access-log=P5Y", "samverkan.individuals.retention.cron=-" })
@AutoConfigureMockMvc
@RecordApplicationEvents
class RecordRetentionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Directory directory;

	@Autowired
	Clock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RecordRetention retention;

	@Autowired
	ContactFigures figures;

	@Autowired
	RetentionJob job;

	@Autowired
	ApplicationEvents events;

	IndividualsFixture fixture;

	@BeforeEach
	void fixture() {
		this.fixture = new IndividualsFixture(this.mvc, this.directory, this.clock);
	}

	@Test
	void L7_a_closed_record_is_removed_after_the_retention_period_and_an_ongoing_one_is_kept() throws Exception {
		LocalDate today = this.fixture.today;
		String closed = this.fixture.person("lss.karlstad", 50);
		this.fixture.consent("lss.karlstad", closed, this.fixture.karlstad(), this.fixture.region());
		this.fixture
			.intervention("lss.karlstad", closed, this.fixture.unitOf("lss.karlstad"), "Daglig verksamhet", null, today)
			.andExpect(status().isCreated());
		String number = this.jdbc.sql("select personal_identity_number from person where id = :p")
			.param("p", UUID.fromString(closed))
			.query(String.class)
			.single();
		int year = this.fixture.today.getYear();
		long videoCalls = this.figures.byChannel(year).get("VIDEO");
		this.mvc
			.perform(post("/api/v1/persons/" + closed + "/contacts").with(this.fixture.as("lss.karlstad"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(
						"""
								{"occurredAt":"%s","channel":"VIDEO","purpose":"OTHER","participantStaffIds":["%s"],"summary":"Videosamtal"}
								"""
							.formatted(today.atStartOfDay(this.clock.getZone()).toInstant(),
									this.fixture.staffId("lss.karlstad"))))
			.andExpect(status().isCreated());
		assertThat(this.figures.byChannel(year)).containsEntry("VIDEO", videoCalls + 1);
		String ongoing = this.fixture.person("lss.karlstad", 51);
		this.fixture.intervention("lss.karlstad", ongoing, this.fixture.unitOf("lss.karlstad"), "Boende", null, null)
			.andExpect(status().isCreated());

		this.retention.removeClosedRecords(today.plusYears(10).minusDays(1), this.clock.getZone());
		assertThat(exists(closed)).as("not yet ten years since its last activity").isTrue();

		this.retention.removeClosedRecords(today.plusYears(10).plusDays(2), this.clock.getZone());
		assertThat(exists(closed)).isFalse();
		assertThat(exists(ongoing)).isTrue();
		assertThat(count("select count(*) from consent where person_id = :p", closed)).isZero();
		assertThat(count("select count(*) from intervention where person_id = :p", closed)).isZero();
		assertThat(count("select count(*) from person_involvement where person_id = :p", closed)).isZero();
		assertThat(count("select count(*) from contact where person_id = :p", closed)).isZero();
		assertThat(this.figures.byChannel(year)).as("R12 the annual report counts only the contacts kept")
			.containsEntry("VIDEO", videoCalls);

		assertThat(this.events.stream(PersonRecordRemoved.class)).anySatisfy((event) -> {
			assertThat(event.aggregateId()).isEqualTo(UUID.fromString(closed));
			assertThat(event.actor()).isEqualTo("system");
			assertThat(event.toString()).doesNotContain("Rolf").doesNotContain("Testberg");
		});
		assertThat(this.events.stream(PersonRecordRemoved.class))
			.noneSatisfy((event) -> assertThat(event.aggregateId()).isEqualTo(UUID.fromString(ongoing)));
		this.mvc.perform(get("/api/v1/persons/" + closed).with(this.fixture.as("lss.karlstad")))
			.andExpect(status().isNotFound());

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			List<Map<String, Object>> rows = this.jdbc
				.sql("select * from audit_entry where aggregate_id = :p and action = 'PersonRecordRemoved'")
				.param("p", UUID.fromString(closed))
				.query()
				.listOfRows();
			assertThat(rows).hasSize(1);
			Map<String, Object> row = lowerCaseKeys(rows.get(0));
			assertThat(row).containsEntry("actor", "system")
				.containsEntry("aggregate_type", "Person")
				.containsEntry("summary", "retention");
			assertThat(row.values().toString()).doesNotContain("Rolf")
				.doesNotContain("Testberg")
				.doesNotContain(number)
				.doesNotContain(number.replace("-", ""))
				.doesNotContain(number.substring(2));
		});
	}

	@Test
	@DisplayName("L7 contacts, consents and access-log rows are removed after retention periods of their own")
	void l7EachRecordTypeHasItsOwnRetentionPeriod() throws Exception {
		LocalDate today = this.fixture.today;
		ZoneId zone = this.clock.getZone();
		String person = this.fixture.person("lss.karlstad", 40);
		this.fixture.intervention("lss.karlstad", person, this.fixture.unitOf("lss.karlstad"), "Boende", null, null)
			.andExpect(status().isCreated());
		int year = this.clock.instant().minusSeconds(3600).atZone(zone).getYear();
		long phoneCalls = this.figures.byChannel(year).get("PHONE");
		UUID contact = UUID.fromString(IndividualsFixture.id(this.mvc
			.perform(post("/api/v1/persons/" + person + "/contacts").with(this.fixture.as("lss.karlstad"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(
						"""
								{"occurredAt":"%s","channel":"PHONE","purpose":"OTHER","participantStaffIds":["%s"],"summary":"Samtal"}
								"""
							.formatted(this.clock.instant().minusSeconds(3600), this.fixture.staffId("lss.karlstad"))))
			.andExpect(status().isCreated())));
		UUID revoked = UUID
			.fromString(this.fixture.consent("lss.karlstad", person, this.fixture.karlstad(), this.fixture.region()));
		this.mvc
			.perform(post("/api/v1/persons/" + person + "/consents/" + revoked + "/revocation")
				.with(this.fixture.as("lss.karlstad"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"reason":"Återkallat muntligt"}
						"""))
			.andExpect(status().isOk());
		UUID active = UUID
			.fromString(this.fixture.consent("lss.karlstad", person, this.fixture.karlstad(), this.fixture.region()));
		this.mvc.perform(get("/api/v1/persons/" + person).with(this.fixture.as("lss.karlstad")))
			.andExpect(status().isOk());
		assertThat(count("select count(*) from access_log where person_id = :p", person)).isPositive();

		assertThat(this.figures.byChannel(year)).as("R12 the annual report counts it")
			.containsEntry("PHONE", phoneCalls + 1);

		this.retention.removeOldContacts(today.plusYears(2).minusDays(1), zone);
		assertThat(count("select count(*) from contact where person_id = :p", person)).isOne();
		this.retention.removeOldContacts(today.plusYears(2).plusDays(2), zone);
		assertThat(count("select count(*) from contact where person_id = :p", person)).isZero();
		assertThat(this.figures.byChannel(year)).as("R12 the annual report counts only the contacts kept")
			.containsEntry("PHONE", phoneCalls);
		assertThat(this.events.stream(ContactRemoved.class)).anySatisfy((event) -> {
			assertThat(event.aggregateId()).isEqualTo(contact);
			assertThat(event.toString()).doesNotContain("Samtal").doesNotContain("Rolf");
		});

		this.retention.removeEndedConsents(today.plusYears(3).minusDays(1), zone);
		assertThat(count("select count(*) from consent where person_id = :p", person)).isEqualTo(2);
		this.retention.removeEndedConsents(today.plusYears(3).plusDays(2), zone);
		assertThat(this.jdbc.sql("select id from consent where person_id = :p")
			.param("p", UUID.fromString(person))
			.query(UUID.class)
			.list()).as("an active consent is not closed").containsExactly(active);
		assertThat(this.events.stream(ConsentRemoved.class))
			.anySatisfy((event) -> assertThat(event.aggregateId()).isEqualTo(revoked));

		this.retention.pruneAccessLog(today.plusYears(5).minusDays(1), zone);
		assertThat(count("select count(*) from access_log where person_id = :p", person)).isPositive();
		this.retention.pruneAccessLog(today.plusYears(5).plusDays(2), zone);
		assertThat(count("select count(*) from access_log where person_id = :p", person)).isZero();
		assertThat(this.events.stream(AccessLogPruned.class)).anySatisfy((event) -> {
			assertThat(event.rows()).isPositive();
			assertThat(event.summary()).startsWith("retention: ");
		});

		assertThat(exists(person)).as("the record itself is open: an intervention is ongoing").isTrue();
	}

	private static Map<String, Object> lowerCaseKeys(Map<String, Object> row) {
		Map<String, Object> lower = new HashMap<>();
		row.forEach((key, value) -> lower.put(key.toLowerCase(Locale.ROOT), value));
		return lower;
	}

	@Test
	void L7_the_scheduled_job_takes_the_cluster_wide_lock() {
		this.job.run();
		assertThat(this.jdbc.sql("select count(*) from shedlock where name = 'individuals-record-retention'")
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	@DisplayName("L7 an access log longer than a batch is pruned batch by batch and its pair keeps the reads left")
	void l7AccessLogPrunedInBatchesKeepsItsPair() throws Exception {
		LocalDate today = this.fixture.today;
		ZoneId zone = this.clock.getZone();
		UUID person = UUID.fromString(this.fixture.person("lss.karlstad", 40));
		UUID reader = this.fixture.buhUnit();
		OffsetDateTime oldest = today.minusYears(6).atStartOfDay(zone).toOffsetDateTime();
		UUID staff = this.fixture.staffId("lss.karlstad");
		int reads = RecordRetention.ACCESS_LOG_BATCH + 3;
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < reads; i++) {
			rows.add(new Object[] { UUID.randomUUID(), oldest.plusSeconds(i), staff, "reader", reader, "BUH", person,
					"PERSON_READ" });
		}
		MultiRowInsert.insert(this.jdbc, """
				insert into access_log (id, at, staff_id, username, unit_id, unit_name, person_id, action)
				values :rows
				""", rows);
		this.jdbc.sql("""
				insert into access_log_pair (person_id, unit_id, unit_name, first_at, last_at, read_count, last_action,
				                             last_username)
				values (:person, :unit, 'BUH', :first, :last, :reads, 'PERSON_READ', 'reader')
				""")
			.param("person", person)
			.param("unit", reader)
			.param("first", oldest)
			.param("last", oldest.plusSeconds(reads - 1))
			.param("reads", reads)
			.update();

		assertThat(this.retention.pruneAccessLog(today, zone)).isEqualTo(RecordRetention.ACCESS_LOG_BATCH);
		assertThat(count("select count(*) from access_log where person_id = :p", person.toString())).isEqualTo(3);
		assertThat(this.jdbc.sql("select read_count from access_log_pair where person_id = :p and unit_id = :u")
			.param("p", person)
			.param("u", reader)
			.query(Long.class)
			.single()).as("the reads left").isEqualTo(3);
		assertThat(this.jdbc.sql("select first_at from access_log_pair where person_id = :p and unit_id = :u")
			.param("p", person)
			.param("u", reader)
			.query((rs, row) -> Timestamps.instant(rs, "first_at"))
			.single()).as("the oldest read left")
			.isEqualTo(oldest.plusSeconds(RecordRetention.ACCESS_LOG_BATCH).toInstant());

		assertThat(this.retention.pruneAccessLog(today, zone)).isEqualTo(3);
		assertThat(count("select count(*) from access_log_pair where person_id = :p", person.toString())).isZero();
	}

	private boolean exists(String personId) {
		return count("select count(*) from person where id = :p", personId) > 0;
	}

	private long count(String sql, String personId) {
		return this.jdbc.sql(sql).param("p", UUID.fromString(personId)).query(Long.class).single();
	}

}

package se.samverkan.individuals;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import se.samverkan.organisation.Directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Retention (L7): a closed record is removed once the retention period has passed since
 * its last activity; an ongoing one never. Runs in a context (and database) of its own,
 * since removal at a date ten years ahead would take other tests' data with it.
 */
@SpringBootTest(properties = { "samverkan.individuals.retention.person-records=P10Y",
		"samverkan.individuals.retention.cron=-" })
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

		assertThat(this.events.stream(PersonRecordRemoved.class)).anySatisfy((event) -> {
			assertThat(event.aggregateId()).isEqualTo(UUID.fromString(closed));
			assertThat(event.actor()).isEqualTo("system");
			assertThat(event.toString()).doesNotContain("Rolf").doesNotContain("Testberg");
		});
		assertThat(this.events.stream(PersonRecordRemoved.class))
			.noneSatisfy((event) -> assertThat(event.aggregateId()).isEqualTo(UUID.fromString(ongoing)));
		this.mvc.perform(get("/api/v1/persons/" + closed).with(this.fixture.as("lss.karlstad")))
			.andExpect(status().isNotFound());
	}

	@Test
	void L7_the_scheduled_job_takes_the_cluster_wide_lock() {
		this.job.run();
		assertThat(this.jdbc.sql("select count(*) from shedlock where name = 'individuals-record-retention'")
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	private boolean exists(String personId) {
		return count("select count(*) from person where id = :p", personId) > 0;
	}

	private long count(String sql, String personId) {
		return this.jdbc.sql(sql).param("p", UUID.fromString(personId)).query(Long.class).single();
	}

}

package se.samverkan.individuals;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import se.samverkan.organisation.SignedInStaff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.samverkan.testing.Latches.await;

/**
 * Log review (*loggkontroll*, L3): the registering unit's managers see reads by units
 * that are no longer involved or whose consent has ended, and nothing else.
 */
class AccessLogReviewTests extends IndividualsApplicationTest {

	@Autowired
	NamedParameterJdbcTemplate batch;

	@Autowired
	AccessLog accessLog;

	@Autowired
	RecordRetention recordRetention;

	@Autowired
	RetentionProperties retention;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	AccessLogPairs pairs;

	@Autowired
	DataSource dataSource;

	private String readByBuh(boolean interventionEnded) throws Exception {
		String person = this.fixture.person("lss.karlstad", 9);
		this.fixture.consent("lss.karlstad", person, this.fixture.karlstad(), this.fixture.region());
		this.fixture
			.intervention("lss.karlstad", person, this.fixture.buhUnit(), "Habilitering", null,
					interventionEnded ? this.fixture.today : null)
			.andExpect(status().isCreated());
		this.mvc.perform(get("/api/v1/persons/" + person).with(this.fixture.as("buh.personal")))
			.andExpect(status().isOk());
		return person;
	}

	@Test
	void L3_reads_by_units_no_longer_involved_or_without_consent_are_listed_for_the_registering_units_manager()
			throws Exception {
		String ongoing = readByBuh(false);
		String ended = readByBuh(true);
		String revoked = readByBuh(false);
		String consentId = com.jayway.jsonpath.JsonPath.read(
				this.mvc.perform(get("/api/v1/persons/" + revoked + "/consents").with(this.fixture.as("lss.karlstad")))
					.andReturn()
					.getResponse()
					.getContentAsString(),
				"$.items[0].id");
		this.mvc
			.perform(post("/api/v1/persons/" + revoked + "/consents/" + consentId + "/revocation")
				.with(this.fixture.as("lss.karlstad"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\":\"Återkallat\"}"))
			.andExpect(status().isOk());

		this.mvc.perform(get("/api/v1/access-log/review?size=200").with(this.fixture.as("chef.karlstad")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[?(@.personId == '" + ongoing + "')]").isEmpty())
			.andExpect(
					jsonPath("$.items[?(@.personId == '" + ended + "')].reason").value(hasItem("NO_LONGER_INVOLVED")))
			.andExpect(
					jsonPath("$.items[?(@.personId == '" + ended + "')].lastUsername").value(hasItem("buh.personal")))
			.andExpect(jsonPath("$.items[?(@.personId == '" + revoked + "')].reason").value(hasItem("CONSENT_ENDED")))
			.andExpect(jsonPath("$.items[?(@.lastUsername == 'lss.karlstad')]").isEmpty());
		this.mvc.perform(get("/api/v1/access-log/review?size=200").with(this.fixture.as("chef.arvika")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[?(@.personId == '" + ended + "')]").isEmpty());
		this.mvc.perform(get("/api/v1/access-log/review").with(this.fixture.as("lss.karlstad")))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("forbidden"));
		this.mvc.perform(get("/api/v1/access-log/review")).andExpect(status().isUnauthorized());

		this.mvc.perform(get("/access-log/review").with(this.fixture.as("chef.karlstad")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enheten är inte längre involverad")))
			.andExpect(content().string(containsString("/persons/" + ended + "/access-log")))
			.andExpect(content().string(not(containsString("/persons/" + ongoing + "/access-log"))));
		this.mvc.perform(get("/access-log/review").with(this.fixture.as("lss.karlstad")))
			.andExpect(status().isForbidden());
	}

	@Test
	void L3_a_unit_reading_a_person_many_times_is_listed_once_with_its_first_and_last_read_and_count()
			throws Exception {
		String ended = readByBuh(true);
		for (int i = 0; i < 3; i++) {
			this.mvc.perform(get("/api/v1/persons/" + ended).with(this.fixture.as("buh.personal")))
				.andExpect(status().isOk());
		}
		long reads = count("select count(*) from access_log where person_id = :p and unit_id = :u", ended);

		this.mvc.perform(get("/api/v1/access-log/review?size=200").with(this.fixture.as("chef.karlstad")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[?(@.personId == '" + ended + "')]", hasSize(1)))
			.andExpect(jsonPath("$.items[?(@.personId == '" + ended + "')].reads").value(hasItem((int) reads)))
			.andExpect(jsonPath("$.items[?(@.personId == '" + ended + "')].unitId")
				.value(hasItem(this.fixture.buhUnit().toString())))
			.andExpect(jsonPath("$.items[?(@.personId == '" + ended + "')].lastAction").value(hasItem("PERSON_READ")));
		assertThat(reads).isGreaterThanOrEqualTo(4);
		this.mvc.perform(get("/access-log/review").with(this.fixture.as("chef.karlstad")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<td>" + reads + "</td>")))
			.andExpect(content().string(containsString("type=\"month\"")));
	}

	@Test
	void L3_the_review_covers_one_month_the_pairs_last_read_in_it() throws Exception {
		String ended = readByBuh(true);
		YearMonth thisMonth = YearMonth.now(this.clock);
		UUID person = UUID.fromString(ended);
		SignedInStaff buh = this.directory.account("buh.personal").orElseThrow();
		SignedInStaff other = this.directory.account("vh.personal").orElseThrow();
		accessLogAt(thisMonth.minusMonths(2)).record(other, person, AccessAction.PERSON_READ);

		this.mvc.perform(get("/api/v1/access-log/review?size=200").with(this.fixture.as("chef.karlstad")))
			.andExpect(jsonPath("$.items[?(@.personId == '" + ended + "')].unitId")
				.value(hasItem(buh.unit().id().toString())))
			.andExpect(jsonPath("$.items[?(@.personId == '" + ended + "' && @.unitId == '" + other.unit().id() + "')]")
				.isEmpty());
		this.mvc
			.perform(get("/api/v1/access-log/review?size=200&month=" + thisMonth.minusMonths(2))
				.with(this.fixture.as("chef.karlstad")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[?(@.personId == '" + ended + "')].unitId")
				.value(contains(other.unit().id().toString())));
		this.mvc
			.perform(get("/api/v1/access-log/review?month=" + thisMonth.plusMonths(1))
				.with(this.fixture.as("chef.karlstad")))
			.andExpect(jsonPath("$.total").value(0));
		this.mvc.perform(get("/api/v1/access-log/review?month=2026-13").with(this.fixture.as("chef.karlstad")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("validation-failed"));
		this.mvc
			.perform(get("/access-log/review?month=" + thisMonth.minusMonths(2)).with(this.fixture.as("chef.karlstad")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"" + thisMonth.minusMonths(2) + "\"")))
			.andExpect(content().string(containsString("/persons/" + ended + "/access-log")));
	}

	@Test
	@Transactional
	void L3_issue_7_the_review_page_counts_no_further_than_500_pairs_and_says_there_are_more_the_api_counts_all()
			throws Exception {
		UUID person = UUID.fromString(this.fixture.person("lss.karlstad", 9));
		YearMonth month = YearMonth.of(2031, 3);
		OffsetDateTime at = month.atDay(10).atTime(12, 0).atZone(this.clock.getZone()).toOffsetDateTime();
		List<UUID> readers = new ArrayList<>();
		for (int i = 0; i <= AccessLogReview.COUNT_BOUND; i++) {
			readers.add(UUID.randomUUID());
		}
		// units the directory does not know: neither involved nor covered by a consent
		this.batch.batchUpdate("""
				insert into access_log_pair (person_id, unit_id, registered_by_unit_id, unit_name, first_at, last_at,
				                             read_count, last_action, last_username)
				values (:person, :unit, :registeredBy, 'Enhet', :at, :at, 1, 'PERSON_READ', 'lasare')
				""",
				readers.stream()
					.map((unit) -> new MapSqlParameterSource("person", person).addValue("unit", unit)
						.addValue("registeredBy", this.fixture.unitOf("lss.karlstad"))
						.addValue("at", at))
					.toArray(SqlParameterSource[]::new));

		this.mvc.perform(get("/access-log/review?month=" + month).with(this.fixture.as("chef.karlstad")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Antal enheter och personer att granska: fler än 500")))
			.andExpect(content().string(containsString("Sida 1 av fler än 10")));
		this.mvc.perform(get("/access-log/review?month=" + month + "&page=10").with(this.fixture.as("chef.karlstad")))
			.andExpect(content().string(containsString("Antal enheter och personer att granska: 501")))
			.andExpect(content().string(containsString("Sida 11 av 11")));
		this.mvc.perform(get("/api/v1/access-log/review?month=" + month).with(this.fixture.as("chef.karlstad")))
			.andExpect(jsonPath("$.total").value(501));

		this.jdbc.sql("delete from access_log_pair where person_id = :person and unit_id = :unit")
			.param("person", person)
			.param("unit", readers.get(0))
			.update();
		this.mvc.perform(get("/access-log/review?month=" + month).with(this.fixture.as("chef.karlstad")))
			.andExpect(content().string(containsString("Antal enheter och personer att granska: 500")))
			.andExpect(content().string(containsString("Sida 1 av 10")));
	}

	@Test
	void L3_a_month_outside_2000_to_2100_is_refused_as_invalid_not_an_error() throws Exception {
		for (String month : new String[] { "+999999999-12", "+300000-01", "1999-12", "2101-01" }) {
			this.mvc
				.perform(get("/api/v1/access-log/review").param("month", month).with(this.fixture.as("chef.karlstad")))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.code").value("validation-failed"));
			this.mvc.perform(get("/access-log/review").param("month", month).with(this.fixture.as("chef.karlstad")))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(containsString("Välj en månad mellan 2000-01 och 2100-12")));
		}
		this.mvc.perform(get("/api/v1/access-log/review?month=2100-12").with(this.fixture.as("chef.karlstad")))
			.andExpect(status().isOk());
	}

	@Test
	void L3_heads_of_operations_may_review_and_case_workers_may_not() throws Exception {
		this.mvc.perform(get("/api/v1/access-log/review?month=2026-10").with(this.fixture.as("chef.karlstad")))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/access-log/review?month=2026-10").with(this.fixture.as("buh.personal")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/access-log/review?month=2026-10").with(this.fixture.as("buh.personal")))
			.andExpect(status().isForbidden());
	}

	@Test
	void L3_a_reader_waits_for_no_other_reader_of_the_same_person_and_both_reads_are_counted() throws Exception {
		UUID person = UUID.fromString(this.fixture.person("lss.karlstad", 9));
		SignedInStaff reader = this.directory.account("buh.personal").orElseThrow();
		CountDownLatch firstRecorded = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			// the first reader holds its transaction open with its reads written, as
			// far as commit
			Future<?> first = threads.submit(() -> this.transactions.executeWithoutResult((tx) -> {
				this.accessLog.record(reader, person, AccessAction.PERSON_READ);
				TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

					@Override
					public void beforeCommit(boolean readOnly) {
						firstRecorded.countDown();
						await(release);
					}

				});
			}));
			await(firstRecorded);
			threads
				.submit(() -> this.transactions.executeWithoutResult(
						(tx) -> this.accessLog.record(reader, List.of(person), AccessAction.PERSON_LOOKUP)))
				.get(30, TimeUnit.SECONDS);
			release.countDown();
			first.get(30, TimeUnit.SECONDS);
		}
		finally {
			release.countDown();
			threads.shutdown();
		}

		assertThat(pair(person, reader)).containsEntry("read_count", 2L);
	}

	@Test
	void L3_two_counts_at_once_as_on_two_instances_count_every_read_once() throws Exception {
		UUID person = UUID.fromString(this.fixture.person("lss.karlstad", 9));
		SignedInStaff reader = this.directory.account("buh.personal").orElseThrow();
		this.pairs.countWaiting();
		for (int i = 0; i < 3; i++) {
			this.accessLog.record(reader, person, AccessAction.PERSON_READ);
		}
		AccessLogPairs otherInstance = new AccessLogPairs(this.jdbc, this.batch, this.transactionManager);
		CountDownLatch firstCounted = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			// the first count holds its transaction open, the rows it took not yet gone
			Future<?> first = threads.submit(() -> this.transactions.executeWithoutResult((tx) -> {
				this.pairs.countWaiting();
				firstCounted.countDown();
				await(release);
			}));
			await(firstCounted);
			Future<Integer> second = threads.submit(otherInstance::countWaiting);
			waitUntilOneSessionWaitsForALock("%from access_log_pair_waiting%");
			release.countDown();
			first.get(30, TimeUnit.SECONDS);
			assertThat(second.get(30, TimeUnit.SECONDS)).isZero();
		}
		finally {
			release.countDown();
			threads.shutdown();
		}

		assertThat(pair(person, reader)).containsEntry("read_count", 3L);
	}

	/**
	 * A second session waits for a lock the first holds (H2 names no blocker, so its
	 * waiting statement is looked for).
	 */
	private void waitUntilOneSessionWaitsForALock(String statement) throws SQLException {
		String product;
		try (Connection connection = this.dataSource.getConnection()) {
			product = connection.getMetaData().getDatabaseProductName();
		}
		String waiting = product.contains("PostgreSQL")
				? "select count(*) from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()"
				: "select count(*) from information_schema.sessions where session_id <> session_id()"
						+ " and executing_statement like '" + statement + "'";
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (this.jdbc.sql(waiting).query(Long.class).single() == 0) {
			assertThat(System.nanoTime()).as("the second session waits for the first").isLessThan(deadline);
			Thread.onSpinWait();
		}
	}

	@Test
	void L7_pruning_the_access_log_takes_the_pruned_reads_out_of_their_pair_and_an_emptied_pair_goes()
			throws Exception {
		UUID person = UUID.fromString(this.fixture.person("lss.karlstad", 9));
		SignedInStaff reader = this.directory.account("buh.personal").orElseThrow();
		YearMonth old = YearMonth.now(this.clock).minus(this.retention.accessLog()).minusMonths(2);
		AccessLog oldLog = accessLogAt(old);
		oldLog.record(reader, person, AccessAction.PERSON_READ);
		oldLog.record(reader, List.of(person), AccessAction.PERSON_READ);
		AccessLog recentLog = accessLogAt(YearMonth.now(this.clock).minusMonths(1));
		recentLog.record(reader, person, AccessAction.CONSENTS_READ);
		assertThat(pair(person, reader)).containsEntry("read_count", 3L);

		ZoneId zone = this.clock.getZone();
		LocalDate today = LocalDate.now(this.clock);
		while (this.recordRetention.pruneAccessLog(today, zone) == RecordRetention.ACCESS_LOG_BATCH) {
			// until every row past the period is gone
		}
		assertThat(pair(person, reader)).containsEntry("read_count", 1L)
			.containsEntry("first_at", pair(person, reader).get("last_at"));
		assertThat(count("select count(*) from access_log where person_id = :p and unit_id = :u", person.toString(),
				reader.unit().id()))
			.isOne();

		LocalDate later = YearMonth.now(this.clock).plus(this.retention.accessLog()).plusMonths(1).atDay(1);
		while (this.recordRetention.pruneAccessLog(later, zone) == RecordRetention.ACCESS_LOG_BATCH) {
			// until every row past the period is gone
		}
		assertThat(this.jdbc.sql("select count(*) from access_log_pair where person_id = :p")
			.param("p", person)
			.query(Long.class)
			.single()).isZero();
	}

	/** The pair as the log review reads it: every read waiting counted first. */
	private Map<String, Object> pair(UUID person, SignedInStaff reader) {
		this.pairs.countWaiting();
		return this.jdbc.sql("""
				select read_count, first_at, last_at from access_log_pair where person_id = :p and unit_id = :u
				""")
			.param("p", person)
			.param("u", reader.unit().id())
			.query((rs, row) -> Map.<String, Object>of("read_count", rs.getLong("read_count"), "first_at",
					rs.getObject("first_at", OffsetDateTime.class).toInstant(), "last_at",
					rs.getObject("last_at", OffsetDateTime.class).toInstant()))
			.single();
	}

	/** The access log as written on the 10th of the month at noon. */
	private AccessLog accessLogAt(YearMonth month) {
		ZoneId zone = this.clock.getZone();
		return new AccessLog(this.jdbc, Clock.fixed(month.atDay(10).atTime(12, 0).atZone(zone).toInstant(), zone));
	}

	private long count(String sql, String person) {
		return count(sql, person, this.fixture.buhUnit());
	}

	private long count(String sql, String person, UUID unit) {
		return this.jdbc.sql(sql).param("p", UUID.fromString(person)).param("u", unit).query(Long.class).single();
	}

}

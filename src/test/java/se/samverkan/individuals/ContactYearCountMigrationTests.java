package se.samverkan.individuals;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V92 and V93 count the contacts there are into the annual report's yearly counts: a
 * database migrated as far as V91 gets contacts around a new year and is then migrated
 * on.
 */
@SpringBootTest(properties = { "spring.flyway.target=91", "samverkan.demo.mode=off",
		"samverkan.admin.password=ett-långt-lösenord" })
@DirtiesContext
class ContactYearCountMigrationTests {

	static final MigrationVersion V92 = MigrationVersion.fromVersion("92");

	@Autowired
	Flyway flyway;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ContactFigures figures;

	@Test
	@DisplayName("R12 V93 counts each contact in its year in Swedish time, by channel")
	void theContactsAreCountedByTheirSwedishYear() {
		assertThat(this.flyway.info().current().getVersion()).isLessThan(V92);
		UUID principal = insert(
				"insert into principal (id, name, kind, version) values (:id, 'Migrationsby', 'MUNICIPALITY', 0)");
		UUID unit = insert(
				"insert into unit (id, principal_id, name, kind, version) values (:id, '%s', 'LSS', 'LSS', 0)"
					.formatted(principal));
		UUID staff = insert("""
				insert into staff (id, username, display_name, unit_id, version)
				values (:id, 'migration.staff', 'Migrations Personal', '%s', 0)
				""".formatted(unit));
		UUID person = insert("""
				insert into person (id, personal_identity_number, birth_date, first_name, last_name,
				                    home_municipality_id, registered_by_unit_id, registered_at, version)
				values (:id, '19800101-0008', date '1980-01-01', 'Test', 'Migrering', '%s', '%s',
				        timestamp with time zone '2040-01-01 00:00:00+00', 0)
				""".formatted(principal, unit));
		// 23:30 on New Year's Eve in Stockholm, and half past midnight on New Year's Day
		contact(person, unit, staff, "2040-12-31T22:30:00Z", "PHONE");
		contact(person, unit, staff, "2040-12-31T23:30:00Z", "PHONE");
		contact(person, unit, staff, "2041-06-01T10:00:00Z", "VIDEO");
		contact(person, unit, staff, "2041-06-02T10:00:00Z", "VIDEO");

		Flyway.configure()
			.configuration(this.flyway.getConfiguration())
			.target(MigrationVersion.LATEST)
			.load()
			.migrate();

		assertThat(this.figures.byChannel(2040)).containsEntry("PHONE", 1L)
			.containsEntry("VIDEO", 0L)
			.containsEntry("MEETING_WITH_PERSON", 0L)
			.containsEntry("WORKING_MEETING", 0L);
		assertThat(this.figures.byChannel(2041)).containsEntry("PHONE", 1L).containsEntry("VIDEO", 2L);
	}

	private UUID insert(String sql) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql(sql).param("id", id).update();
		return id;
	}

	private void contact(UUID person, UUID unit, UUID staff, String occurredAt, String channel) {
		this.jdbc.sql("""
				insert into contact (id, person_id, unit_id, recorded_by, occurred_at, channel, purpose, summary,
				                     recorded_at, version)
				values (:id, :person, :unit, :staff, :at, :channel, 'OTHER', 'Samtal', :at, 0)
				""")
			.param("id", UUID.randomUUID())
			.param("person", person)
			.param("unit", unit)
			.param("staff", staff)
			.param("at", OffsetDateTime.parse(occurredAt))
			.param("channel", channel)
			.update();
	}

}

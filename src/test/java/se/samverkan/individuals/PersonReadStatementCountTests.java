package se.samverkan.individuals;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import se.samverkan.testing.CountingDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The person page and the API's person reads take a constant number of SQL statements
 * (issue 7): as many for a person with 20 consents, interventions and contacts of 20
 * participants each as for a person with one of each — no statement per consent, contact
 * or participant, counted by {@link CountingDataSource}.
 */
@Import(CountingDataSource.Installed.class)
class PersonReadStatementCountTests extends IndividualsApplicationTest {

	@Autowired
	Consents consents;

	@Autowired
	Contacts contacts;

	@Autowired
	Interventions interventions;

	@Autowired
	Persons persons;

	@Test
	@DisplayName("L3 the person page and the API read take as many statements for 20 consents, contacts and participants as for one")
	void readsTakeAConstantNumberOfStatements() throws Exception {
		UUID few = person(1);
		UUID many = person(20);
		Map<String, Function<UUID, MockHttpServletRequestBuilder>> reads = Map.of("the person page",
				(id) -> get("/persons/{id}", id), "the API read", (id) -> get("/api/v1/persons/{id}", id),
				"the API lookup", (id) -> get("/api/v1/persons").param("personalIdentityNumber", number(id)));
		for (String reader : List.of("lss.karlstad", "buh.personal")) {
			for (var read : reads.entrySet()) {
				long forFew = statements(read.getValue().apply(few), reader);
				long forMany = statements(read.getValue().apply(many), reader);
				assertThat(forMany).as("%s by %s: 20 of each against one of each", read.getKey(), reader)
					.isEqualTo(forFew);
			}
		}
	}

	/**
	 * A person registered by Karlstad's LSS unit, with n consents covering Karlstad and
	 * the region, n interventions (one at BUH, so that BUH sees the person through the
	 * consents) and n contacts of n participants each.
	 */
	private UUID person(int n) throws Exception {
		UUID id = UUID.fromString(this.fixture.person("lss.karlstad", 10));
		UUID recorder = this.fixture.staffId("lss.karlstad");
		UUID unit = this.fixture.unitOf("lss.karlstad");
		for (int i = 0; i < n; i++) {
			this.fixture.consent("lss.karlstad", id.toString(), this.fixture.karlstad(), this.fixture.region());
		}
		this.fixture.intervention("lss.karlstad", id.toString(), this.fixture.buhUnit(), "Habilitering", null, null)
			.andExpect(status().isCreated());
		for (int i = 1; i < n; i++) {
			this.interventions
				.save(Intervention.start(id, unit, "Insats " + i, recorder, this.fixture.today.minusDays(i), null));
		}
		List<UUID> participants = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			participants.add(staff(unit));
		}
		Instant now = Instant.now(this.clock).truncatedTo(ChronoUnit.SECONDS);
		for (int i = 0; i < n; i++) {
			this.contacts.save(Contact.record(id, unit, recorder, now.minus(i, ChronoUnit.DAYS), ContactChannel.PHONE,
					ContactPurpose.values()[0], participants, "Samtal " + i, now));
		}
		return id;
	}

	private UUID staff(UUID unit) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into staff (id, username, display_name, unit_id, active, version)
				values (:id, :username, :name, :unit, true, 1)
				""")
			.param("id", id)
			.param("username", "deltagare-" + id)
			.param("name", "Deltagare " + id)
			.param("unit", unit)
			.update();
		return id;
	}

	private String number(UUID personId) {
		return this.persons.findById(personId).orElseThrow().personalIdentityNumber().value();
	}

	private long statements(MockHttpServletRequestBuilder request, String reader) throws Exception {
		return CountingDataSource.statementsOf(this.mvc, request.with(this.fixture.as(reader)));
	}

}

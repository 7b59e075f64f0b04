package se.samverkan.individuals;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import se.samverkan.organisation.Directory.UnitView;
import se.samverkan.shared.PageRequest;
import se.samverkan.testing.CountingDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A list of role clarifications (R5) takes a constant number of statements (issue 7):
 * their interventions, units, senders and recipients are read for the whole list, not one
 * clarification and one staff member at a time. So does the form that drafts one: the
 * interventions' responsible staff and their units' staff are read for all the
 * interventions together.
 */
@Import(CountingDataSource.Installed.class)
class RoleClarificationReadStatementCountTests extends IndividualsApplicationTest {

	@Autowired
	RoleClarifications clarifications;

	@Test
	@DisplayName("R5 L3 issue 7 the role clarifications page and the API's list take as many statements for 5 clarifications of 3 recipients each as for one")
	void listsTakeAConstantNumberOfStatements() throws Exception {
		Scene one = scene(1);
		Scene five = scene(5);

		assertThat(statements(get("/role-clarifications"), five.readerName()))
			.as("the page with 5 received and 5 sent against one of each")
			.isEqualTo(statements(get("/role-clarifications"), one.readerName()));
		assertThat(statements(list(five.person()), "lss.karlstad")).as("the API's list of 10 against 2")
			.isEqualTo(statements(list(one.person()), "lss.karlstad"));

		this.mvc.perform(list(five.person()).with(this.fixture.as("lss.karlstad")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(10))
			.andExpect(jsonPath("$.items.length()").value(10))
			.andExpect(jsonPath("$.items[0].sentByStaffId").value(five.reader().toString()))
			.andExpect(jsonPath("$.items[0].sentByName").value("Läsare " + five.reader()))
			.andExpect(jsonPath("$.items[0].sentByUnitName")
				.value(this.directory.unit(this.fixture.unitOf("lss.karlstad")).orElseThrow().name()))
			.andExpect(jsonPath("$.items[0].entries[*].interventionTitle")
				.value(hasItems("Korttidsvistelse", "Habilitering")))
			.andExpect(jsonPath("$.items[0].entries[*].unitName")
				.value(hasItems(this.directory.unit(this.fixture.buhUnit()).orElseThrow().name())))
			.andExpect(jsonPath("$.items[0].recipients.length()").value(3))
			.andExpect(jsonPath("$.items[0].recipients[*].displayName")
				.value(hasItems("Mottagare " + five.recipients().get(0), "Mottagare " + five.recipients().get(1),
						"Mottagare " + five.recipients().get(2))))
			.andExpect(jsonPath("$.items[0].recipients[*].unitName").value(everyItem(notNullValue())))
			.andExpect(jsonPath("$.items[1].sentByName").value("Avsändare " + five.sender()));
		this.mvc.perform(get("/role-clarifications").with(this.fixture.as(five.readerName())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Avsändare " + five.sender())))
			.andExpect(content().string(containsString("Mottagare " + five.recipients().get(0))))
			.andExpect(content().string(containsString("Mottagare " + five.recipients().get(14))));
	}

	@Test
	@DisplayName("R5 issue 7 the role clarification form takes as many statements for a person with 5 ongoing interventions in all Karlstad's and the region's units as for one with one")
	void draftTakesAConstantNumberOfStatements() throws Exception {
		UUID karlstad = this.fixture.karlstad();
		UUID region = this.fixture.region();
		Map<UUID, List<UnitView>> unitsOf = this.directory.activeUnitsOf(List.of(karlstad, region));
		List<UUID> units = Stream.of(karlstad, region)
			.flatMap((principal) -> unitsOf.getOrDefault(principal, List.of()).stream())
			.map(UnitView::id)
			.toList();
		assertThat(units).hasSizeGreaterThan(1);
		String one = personWithInterventions(1, units);
		String five = personWithInterventions(5, units);

		assertThat(statements(draft(five), "lss.karlstad")).as("the form for 5 interventions against one")
			.isEqualTo(statements(draft(one), "lss.karlstad"));

		String form = this.mvc.perform(draft(five).with(this.fixture.as("lss.karlstad")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		for (int i = 0; i < 5; i++) {
			assertThat(form).contains("Insats " + i + " av 5", "Ansvarig " + i + " av 5 för " + five);
		}
	}

	@Test
	@DisplayName("R5 issue 7 sending a role clarification to six recipients takes as many statements as to one")
	void sendingTakesAConstantNumberOfStatements() throws Exception {
		String person = this.fixture.person("lss.karlstad", 13);
		this.fixture.consent("lss.karlstad", person, this.fixture.karlstad(), this.fixture.region());
		UUID buhUnit = this.fixture.buhUnit();
		String intervention = IndividualsFixture.id(this.fixture.intervention("lss.karlstad", person, buhUnit,
				"Habilitering", this.fixture.staffId("buh.personal"), null));
		List<UUID> six = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			six.add(recipient(buhUnit));
		}
		send(person, intervention, six.subList(0, 1));

		assertThat(send(person, intervention, six)).as("to six recipients against one")
			.isEqualTo(send(person, intervention, six.subList(5, 6)));
		assertThat(this.clarifications.ofPerson(UUID.fromString(person), new PageRequest(0, 10)).total()).isEqualTo(3);
	}

	private long send(String person, String intervention, List<UUID> recipients) throws Exception {
		String to = String.join(",", recipients.stream().map((id) -> "\"" + id + "\"").toList());
		return CountingDataSource
			.statementsOf(() -> this.mvc
				.perform(post("/api/v1/persons/{id}/role-clarifications", person).with(this.fixture.as("lss.karlstad"))
					.contentType(MediaType.APPLICATION_JSON)
					.content("""
							{"entries":[{"interventionId":"%s","role":"Kommunikationsstöd"}],"recipientStaffIds":[%s]}
							""".formatted(intervention, to)))
				.andExpect(status().isCreated()));
	}

	/**
	 * A person registered by Karlstad's LSS unit, with consent for Karlstad and the
	 * region, and n ongoing interventions, one in each of those units in turn, each with
	 * a responsible of its own; the form is read once, so that what it leaves behind
	 * (access-log pairs) is there when it is measured.
	 */
	private String personWithInterventions(int n, List<UUID> units) throws Exception {
		String person = this.fixture.person("lss.karlstad", 12);
		this.fixture.consent("lss.karlstad", person, this.fixture.karlstad(), this.fixture.region());
		for (int i = 0; i < n; i++) {
			UUID unit = units.get(i % units.size());
			UUID responsible = staff(unit, "ansvarig-" + UUID.randomUUID(),
					"Ansvarig " + i + " av " + n + " för " + person);
			this.fixture.intervention("lss.karlstad", person, unit, "Insats " + i + " av " + n, responsible, null)
				.andExpect(status().isCreated());
		}
		statements(draft(person), "lss.karlstad");
		return person;
	}

	private static MockHttpServletRequestBuilder draft(String personId) {
		return get("/persons/{id}/role-clarifications/new", personId);
	}

	/**
	 * A person registered by Karlstad's LSS unit with an LSS and a BUH intervention; a
	 * new reader of that unit who sent n role clarifications about them and received n,
	 * each of both interventions and to three recipients of their own.
	 */
	private Scene scene(int n) throws Exception {
		String person = this.fixture.person("lss.karlstad", 11);
		this.fixture.consent("lss.karlstad", person, this.fixture.karlstad(), this.fixture.region());
		UUID lssUnit = this.fixture.unitOf("lss.karlstad");
		UUID buhUnit = this.fixture.buhUnit();
		UUID lss = UUID.fromString(IndividualsFixture.id(this.fixture.intervention("lss.karlstad", person, lssUnit,
				"Korttidsvistelse", this.fixture.staffId("lss.karlstad"), null)));
		UUID buh = UUID.fromString(IndividualsFixture.id(this.fixture.intervention("lss.karlstad", person, buhUnit,
				"Habilitering", this.fixture.staffId("buh.personal"), null)));
		String readerName = "lasare-" + UUID.randomUUID();
		UUID reader = staff(lssUnit, readerName, "Läsare");
		UUID sender = staff(lssUnit, "avsandare-" + UUID.randomUUID(), "Avsändare");
		List<RoleClarification.Entry> entries = List.of(
				new RoleClarification.Entry(lss, "Korttidsvistelse varannan helg"),
				new RoleClarification.Entry(buh, "Kommunikationsstöd"));
		Instant now = Instant.now(this.clock).truncatedTo(ChronoUnit.SECONDS);
		List<UUID> recipients = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			List<UUID> to = new ArrayList<>(List.of(recipient(lssUnit), recipient(buhUnit), recipient(buhUnit)));
			recipients.addAll(to);
			this.clarifications.insert(RoleClarification.send(UUID.fromString(person), reader, lssUnit, entries, to,
					now.minus(2L * i, ChronoUnit.MINUTES)));
			List<UUID> toReader = new ArrayList<>(List.of(reader, recipient(lssUnit), recipient(buhUnit)));
			recipients.addAll(toReader.subList(1, 3));
			RoleClarification received = RoleClarification.send(UUID.fromString(person), sender, lssUnit, entries,
					toReader, now.minus(2L * i + 1, ChronoUnit.MINUTES));
			this.clarifications.insert(received);
			if (i == 0) {
				int before = received.version();
				received.acknowledge(reader, now);
				this.clarifications.acknowledge(received, reader, before);
			}
		}
		Scene scene = new Scene(UUID.fromString(person), reader, readerName, sender, recipients);
		// the reads leave behind what each measured read finds (access-log pairs)
		statements(get("/role-clarifications"), readerName);
		statements(list(scene.person()), "lss.karlstad");
		return scene;
	}

	private UUID recipient(UUID unit) {
		return staff(unit, "mottagare-" + UUID.randomUUID(), "Mottagare");
	}

	private UUID staff(UUID unit, String username, String name) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into staff (id, username, display_name, unit_id, active, version)
				values (:id, :username, :name, :unit, true, 1)
				""")
			.param("id", id)
			.param("username", username)
			.param("name", name + " " + id)
			.param("unit", unit)
			.update();
		return id;
	}

	private static MockHttpServletRequestBuilder list(UUID personId) {
		return get("/api/v1/persons/{id}/role-clarifications", personId).param("size", "200");
	}

	private long statements(MockHttpServletRequestBuilder request, String reader) throws Exception {
		return CountingDataSource.statementsOf(this.mvc, request.with(this.fixture.as(reader)));
	}

	private record Scene(UUID person, UUID reader, String readerName, UUID sender, List<UUID> recipients) {
	}

}

package se.samverkan.observations;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import se.samverkan.organisation.Directory;
import se.samverkan.testing.CountingDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The observations page and the API's list take as many SQL statements for five requests
 * as for one (issue 7): no statement per request for its requester, host unit, approver
 * or accepter, whoever reads — the visitor, their nearest manager or the host unit's
 * manager — counted by {@link CountingDataSource}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(CountingDataSource.Installed.class)
class ObservationReadStatementCountTests {

	private static final List<String> LISTS = List.of("/observations", "/api/v1/observations");

	@Autowired
	MockMvc mvc;

	@Autowired
	Directory directory;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	@DisplayName("R21 issue 7 the observations page and the API's list take as many statements for five requests as for one")
	void listsTakeAConstantNumberOfStatements() throws Exception {
		String visitor = visitor();
		UUID vh = this.directory.account("chef.vh").orElseThrow().unit().id();
		List<String> readers = List.of(visitor, "chef.arjang", "chef.vh");
		observation(visitor, vh, 3);
		Map<String, Long> forOne = statements(readers);

		for (int steps = 0; steps < 4; steps++) {
			observation(visitor, vh, steps);
		}
		this.mvc.perform(get("/api/v1/observations").with(as(visitor)))
			.andExpect(jsonPath("$.items.length()").value(5))
			.andExpect(jsonPath("$.total").value(5))
			.andExpect(jsonPath("$.items[0].requesterName").value("Besökare " + visitor))
			.andExpect(jsonPath("$.items[0].nearestManagerName").isString())
			.andExpect(jsonPath("$.items[0].hostUnitName").isString())
			.andExpect(jsonPath("$.items[0].approvedByName").isString())
			.andExpect(jsonPath("$.items[0].acceptedByName").isString())
			.andExpect(jsonPath("$.items[0].status").value("COMPLETED"));
		assertThat(statements(readers)).as("five requests against one").isEqualTo(forOne);
	}

	/** A new staff member of Årjäng's LSS unit whose nearest manager is chef.arjang. */
	private String visitor() {
		var chef = this.directory.account("chef.arjang").orElseThrow();
		String username = "besokare-" + UUID.randomUUID();
		this.jdbc.sql("""
				insert into staff (id, username, display_name, unit_id, nearest_manager_id, active, version)
				values (:id, :username, :name, :unit, :manager, true, 1)
				""")
			.param("id", UUID.randomUUID())
			.param("username", username)
			.param("name", "Besökare " + username)
			.param("unit", chef.unit().id())
			.param("manager", chef.staffId())
			.update();
		return username;
	}

	/**
	 * A request to the host unit taken that many steps: approved, scheduled for today,
	 * completed.
	 */
	private void observation(String visitor, UUID host, int steps) throws Exception {
		LocalDate today = LocalDate.now(this.clock);
		String id = JsonPath.read(this.mvc
			.perform(post("/api/v1/observations").with(as(visitor)).contentType(MediaType.APPLICATION_JSON).content("""
					{"hostUnitId":"%s","purpose":"Se hur VH planerar insatser","wishedFrom":"%s","wishedTo":"%s"}
					""".formatted(host, today, today.plusWeeks(4))))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
		if (steps > 0) {
			step("chef.arjang", id, "approval", "{}");
		}
		if (steps > 1) {
			step("chef.vh", id, "acceptance", "{\"scheduledOn\":\"%s\"}".formatted(today));
		}
		if (steps > 2) {
			step(visitor, id, "completion", "{\"reflection\":\"Nyttigt att se hur VH arbetar.\"}");
		}
	}

	private void step(String username, String id, String step, String json) throws Exception {
		this.mvc
			.perform(post("/api/v1/observations/{id}/{step}", id, step).with(as(username))
				.contentType(MediaType.APPLICATION_JSON)
				.content(json))
			.andExpect(status().isOk());
	}

	private Map<String, Long> statements(List<String> readers) throws Exception {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String reader : readers) {
			for (String list : LISTS) {
				counts.put(list + " by " + reader,
						CountingDataSource.statementsOf(this.mvc, get(list).with(as(reader))));
			}
		}
		return counts;
	}

	private RequestPostProcessor as(String username) {
		return user(this.directory.account(username).orElseThrow());
	}

}

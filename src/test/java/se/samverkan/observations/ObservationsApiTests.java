package se.samverkan.observations;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import se.samverkan.notification.Notice;
import se.samverkan.organisation.Directory;
import se.samverkan.organisation.UnitKind;
import se.samverkan.shared.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Collegial observation over the API (R21) as the contract writes it. */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class ObservationsApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Directory directory;

	@Autowired
	Clock clock;

	@Autowired
	ApplicationEvents events;

	@Autowired
	ObservationService observations;

	RequestPostProcessor as(String username) {
		return user(this.directory.account(username).orElseThrow());
	}

	UUID staffId(String username) {
		return this.directory.account(username).orElseThrow().staffId();
	}

	UUID buh() {
		return this.directory.units(UnitKind.BUH, null, PageRequest.of(0, 1)).items().get(0).id();
	}

	ResultActions request(String username, UUID host) throws Exception {
		LocalDate today = LocalDate.now(this.clock);
		return this.mvc
			.perform(post("/api/v1/observations").with(as(username)).contentType(MediaType.APPLICATION_JSON).content("""
					{"hostUnitId":"%s","purpose":"Se hur BUH gör bedömningar","wishedFrom":"%s","wishedTo":"%s"}
					""".formatted(host, today, today.plusWeeks(4))));
	}

	ResultActions step(String username, String id, String step, String json) throws Exception {
		return this.mvc.perform(post("/api/v1/observations/" + id + "/" + step).with(as(username))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	@Test
	@DisplayName("R21 requested, approved by the nearest manager, scheduled by the host unit's manager, completed with a reflection")
	void r21TheWholeWay() throws Exception {
		String id = JsonPath.read(request("lss.kristinehamn", buh()).andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("REQUESTED"))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
		UUID nearest = staffId("chef.kristinehamn");
		UUID hostManager = staffId("chef.buh");
		assertThat(this.events.stream(Notice.class)).anySatisfy((notice) -> {
			assertThat(notice.messageKey()).isEqualTo("notice.observation.requested");
			assertThat(notice.recipientStaffIds()).contains(nearest, hostManager);
		});

		step("chef.buh", id, "acceptance", "{\"scheduledOn\":\"%s\"}".formatted(LocalDate.now(this.clock)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("invalid-transition"));
		step("lss.kristinehamn", id, "approval", "{}").andExpect(status().isForbidden());
		step("chef.kristinehamn", id, "approval", "{}").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("APPROVED"));
		step("chef.kristinehamn", id, "approval", "{}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("invalid-transition"));

		step("chef.kristinehamn", id, "acceptance", "{\"scheduledOn\":\"%s\"}".formatted(LocalDate.now(this.clock)))
			.andExpect(status().isForbidden());
		step("chef.buh", id, "acceptance", "{}").andExpect(status().isBadRequest());
		step("chef.buh", id, "acceptance", "{\"scheduledOn\":\"%s\"}".formatted(LocalDate.now(this.clock)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SCHEDULED"))
			.andExpect(jsonPath("$.scheduledOn").value(LocalDate.now(this.clock).toString()));

		step("chef.buh", id, "completion", "{\"reflection\":\"Bra\"}").andExpect(status().isForbidden());
		step("lss.kristinehamn", id, "completion", "{\"reflection\":\"Jag förstår nu hur BUH prioriterar.\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("COMPLETED"))
			.andExpect(jsonPath("$.reflection").value("Jag förstår nu hur BUH prioriterar."));

		for (String key : new String[] { "notice.observation.approved", "notice.observation.scheduled",
				"notice.observation.completed" }) {
			assertThat(this.events.stream(Notice.class).filter((notice) -> notice.messageKey().equals(key))).as(key)
				.anySatisfy((notice) -> assertThat(notice.recipientStaffIds()).containsAnyOf(nearest, hostManager));
		}
		assertThat(this.events.stream(Notice.class)
			.filter((notice) -> notice.messageKey().equals("notice.observation.completed"))
			.findFirst()
			.orElseThrow()
			.recipientStaffIds()).isEqualTo(Set.of(nearest, hostManager));
	}

	@Test
	@DisplayName("R21 the start page counts a request for the nearest manager until approved, then for the host unit's manager until scheduled")
	void r21WaitingCounts() throws Exception {
		long nearestBefore = waiting("chef.kristinehamn");
		long hostBefore = waiting("chef.buh");
		String id = JsonPath.read(request("lss.kristinehamn", buh()).andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
		assertThat(waiting("chef.kristinehamn")).isEqualTo(nearestBefore + 1);
		assertThat(waiting("chef.buh")).isEqualTo(hostBefore);
		assertThat(waiting("lss.kristinehamn")).isZero();

		step("chef.kristinehamn", id, "approval", "{}").andExpect(status().isOk());
		assertThat(waiting("chef.kristinehamn")).isEqualTo(nearestBefore);
		assertThat(waiting("chef.buh")).isEqualTo(hostBefore + 1);

		step("chef.buh", id, "acceptance", "{\"scheduledOn\":\"%s\"}".formatted(LocalDate.now(this.clock)))
			.andExpect(status().isOk());
		assertThat(waiting("chef.buh")).isEqualTo(hostBefore);
	}

	long waiting(String username) {
		return this.observations.waitingFor(this.directory.account(username).orElseThrow());
	}

	@Test
	@DisplayName("R21 only those taking part see a request; one's own unit cannot be the host")
	void r21WhoSeesIt() throws Exception {
		String id = JsonPath.read(request("lss.munkfors", buh()).andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
		this.mvc.perform(get("/api/v1/observations/" + id).with(as("chef.munkfors"))).andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/observations/" + id).with(as("chef.buh"))).andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/observations/" + id).with(as("lss.eda"))).andExpect(status().isNotFound());
		step("lss.eda", id, "approval", "{}").andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/observations").with(as("chef.munkfors")))
			.andExpect(jsonPath("$.items[*].id", hasItem(id)));
		this.mvc.perform(get("/api/v1/observations").with(as("chef.eda")))
			.andExpect(jsonPath("$.items[*].id", not(hasItem(id))));
		request("lss.munkfors", this.directory.account("lss.munkfors").orElseThrow().unit().id())
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("validation-failed"));
		this.mvc.perform(post("/api/v1/observations").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isUnauthorized());
	}

}

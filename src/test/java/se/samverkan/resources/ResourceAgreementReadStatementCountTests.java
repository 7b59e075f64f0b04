package se.samverkan.resources;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import se.samverkan.activityplans.YearlyApplicationTest;
import se.samverkan.activityplans.YearlyFixture;
import se.samverkan.testing.CountingDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The resource agreements' page, the API's list and an agreement's page take as many SQL
 * statements for five agreements of three parties as for one of one (issue 7): no
 * statement per agreement, party or approval, counted by {@link CountingDataSource}.
 */
@Import(CountingDataSource.Installed.class)
class ResourceAgreementReadStatementCountTests extends YearlyApplicationTest {

	private static final List<String> HEADS = List.of("chef.filipstad", "chef.buh", "chef.vh");

	@Test
	@DisplayName("R15 issue 7 the resource agreements' lists take as many statements for five agreements as for one")
	void listsTakeAConstantNumberOfStatements() throws Exception {
		agreement("Resurser 1", HEADS, 2);
		Map<String, Long> forOne = statements();

		for (int i = 2; i <= 5; i++) {
			agreement("Resurser " + i, HEADS, i % 3);
		}
		this.mvc.perform(get("/api/v1/resource-agreements").with(this.fixture.as("mar.arvika")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].title", hasItem("Resurser 5")))
			.andExpect(jsonPath("$.items[?(@.title == 'Resurser 2')].approvals[*].approvedBy",
					hasItem(this.directory.account("chef.filipstad").orElseThrow().displayName())))
			.andExpect(jsonPath("$.items[?(@.title == 'Resurser 2')].pendingUnitIds[*]",
					hasItem(this.fixture.unitOf("chef.vh").toString())));
		assertThat(statements()).as("five agreements against one").isEqualTo(forOne);
	}

	@Test
	@DisplayName("R15 issue 7 an agreement's page takes as many statements for three approved parties as for one")
	void anAgreementsPageTakesAConstantNumberOfStatements() throws Exception {
		String one = agreement("Resurser för en", List.of("chef.filipstad"), 1);
		String three = agreement("Resurser för tre", HEADS, 3);
		for (String reader : List.of("mar.arvika", "chef.filipstad")) {
			assertThat(statements(get("/resource-agreements/{id}", three), reader)).as("read by %s", reader)
				.isEqualTo(statements(get("/resource-agreements/{id}", one), reader));
			assertThat(statements(get("/api/v1/resource-agreements/{id}", three), reader)).as("API read by %s", reader)
				.isEqualTo(statements(get("/api/v1/resource-agreements/{id}", one), reader));
		}
	}

	@Test
	@DisplayName("R15 a proposal naming a unit the directory does not know is refused and nothing is saved")
	void aProposalWithAnUnknownUnitIsRefused() throws Exception {
		String units = "\"%s\",\"%s\"".formatted(this.fixture.unitOf("chef.filipstad"), UUID.randomUUID());
		this.mvc
			.perform(this.fixture.json(post("/api/v1/resource-agreements"), "mar.arvika",
					"{\"title\":\"Okänd part\",\"description\":\"Två dagar\",\"unitIds\":[%s]}".formatted(units)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("validation-failed"));
		this.mvc.perform(get("/api/v1/resource-agreements").with(this.fixture.as("mar.arvika")))
			.andExpect(jsonPath("$.items[*].title", not(hasItem("Okänd part"))));
	}

	/**
	 * An agreement proposed by mar.arvika listing the units of those heads of operations,
	 * approved by the first {@code approved} of them.
	 */
	private String agreement(String title, List<String> heads, int approved) throws Exception {
		String units = heads.stream()
			.map((head) -> "\"" + this.fixture.unitOf(head) + "\"")
			.collect(Collectors.joining(","));
		String id = YearlyFixture.id(this.mvc
			.perform(this.fixture.json(post("/api/v1/resource-agreements"), "mar.arvika",
					"{\"title\":\"%s\",\"description\":\"Två dagar\",\"unitIds\":[%s]}".formatted(title, units)))
			.andExpect(status().isCreated())
			.andReturn());
		for (String head : heads.subList(0, approved)) {
			this.mvc.perform(post("/api/v1/resource-agreements/{id}/approvals", id).with(this.fixture.as(head)))
				.andExpect(status().isOk());
		}
		return id;
	}

	private Map<String, Long> statements() throws Exception {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String reader : List.of("mar.arvika", "chef.filipstad")) {
			for (String list : List.of("/resource-agreements", "/api/v1/resource-agreements")) {
				counts.put(list + " by " + reader, statements(get(list), reader));
			}
		}
		return counts;
	}

	private long statements(MockHttpServletRequestBuilder request, String reader) throws Exception {
		return CountingDataSource.statementsOf(this.mvc, request.with(this.fixture.as(reader)));
	}

}

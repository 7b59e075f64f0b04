package se.samverkan.matters;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import se.samverkan.organisation.Directory;
import se.samverkan.organisation.SignedInStaff;
import se.samverkan.steeringgroup.SteeringGroup;
import se.samverkan.testing.CountingDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

/**
 * A matter's page and its API read take as many SQL statements for a trail written by
 * five handlers as for a trail of one step (issue 7): the names in the trail are read
 * together, not one statement per handler.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(CountingDataSource.Installed.class)
class MatterReadStatementCountTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Directory directory;

	@Autowired
	MatterManagement matters;

	@Autowired
	SteeringGroup steeringGroup;

	@Test
	@DisplayName("R9 a matter's page and API read take no statement per handler in its trail")
	void readsTakeAConstantNumberOfStatements() throws Exception {
		List<SignedInStaff> handlers = new ArrayList<>();
		for (UUID id : this.steeringGroup.convenerAndMemberStaffIds()) {
			if (handlers.size() < 5) {
				handlers.add(account(this.directory.staffMember(id).orElseThrow().username()));
			}
		}
		assertThat(handlers).hasSize(5);
		UUID few = report("Ett steg");
		UUID many = report("Fem handläggare");
		for (SignedInStaff handler : handlers) {
			this.matters.note(handler, many, "Anteckning av " + handler.getUsername(), null);
		}
		this.mvc.perform(get("/api/v1/matters/{id}", many).with(user(handlers.get(0))))
			.andExpect(jsonPath("$.history.length()").value(6));
		for (String path : List.of("/matters/{id}", "/api/v1/matters/{id}")) {
			assertThat(statements(get(path, many), handlers.get(0))).as(path)
				.isEqualTo(statements(get(path, few), handlers.get(0)));
		}
	}

	private UUID report(String title) {
		return this.matters
			.report(account("lss.kil"),
					new MatterManagement.ReportMatter(title, "Vem ansvarar?", MatterCategory.GREY_ZONE,
							MatterSource.STAFF))
			.id();
	}

	private SignedInStaff account(String username) {
		return this.directory.account(username).orElseThrow();
	}

	private long statements(MockHttpServletRequestBuilder request, SignedInStaff reader) throws Exception {
		return CountingDataSource.statementsOf(this.mvc, request.with(user(reader)));
	}

}

package se.samverkan.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import se.samverkan.matters.MatterCategory;
import se.samverkan.matters.MatterManagement;
import se.samverkan.matters.MatterSource;
import se.samverkan.organisation.Directory;
import se.samverkan.organisation.SignedInStaff;
import se.samverkan.testing.CountingDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

/**
 * A meeting's page, its API read, its minutes' PDF and its calendar entry take as many
 * SQL statements for a meeting of five proposers, matters, attendees and actions as for a
 * meeting of one (issue 7): the names and the matters' titles are read together, not one
 * statement each.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(CountingDataSource.Installed.class)
class MeetingReadStatementCountTests {

	static final String CONVENER = "buh.samordnare";

	@Autowired
	MockMvc mvc;

	@Autowired
	Directory directory;

	@Autowired
	MeetingManagement management;

	@Autowired
	MeetingGroups groups;

	@Autowired
	MatterManagement matters;

	@Test
	@DisplayName("R16 a meeting's page, API read, minutes PDF and calendar entry take no statement per item, attendee, action or matter")
	void readsTakeAConstantNumberOfStatements() throws Exception {
		UUID few = meeting(1, Instant.parse("2034-03-02T08:00:00Z"));
		UUID many = meeting(5, Instant.parse("2034-03-09T08:00:00Z"));
		this.mvc.perform(get("/api/v1/meetings/{id}", many).with(as(CONVENER)))
			.andExpect(jsonPath("$.agenda.length()").value(6))
			.andExpect(jsonPath("$.agenda[5].matterTitle").value("Gråzon 5 av 5"))
			.andExpect(jsonPath("$.attendees.length()").value(5))
			.andExpect(jsonPath("$.actions.length()").value(5));
		for (String path : List.of("/meetings/{id}", "/api/v1/meetings/{id}", "/meetings/{id}/minutes.pdf",
				"/meetings/{id}.ics")) {
			assertThat(statements(get(path, many))).as(path).isEqualTo(statements(get(path, few)));
		}
	}

	/**
	 * A steering-group meeting whose agenda has n items besides the standing one, each
	 * proposed by another member and linking a matter of its own, with n attendees and n
	 * actions for n different staff members.
	 */
	private UUID meeting(int n, Instant start) {
		SignedInStaff convener = account(CONVENER);
		List<UUID> invited = new ArrayList<>(this.groups.invitees(MeetingGroups.STEERING_GROUP));
		assertThat(invited).hasSizeGreaterThanOrEqualTo(n);
		UUID id = this.management
			.plan(convener, null,
					new MeetingSchedule("Möte med " + n, start, start.plusSeconds(7200), "Karlstad", null))
			.id();
		for (int i = 1; i <= n; i++) {
			SignedInStaff proposer = account(this.directory.staffMember(invited.get(i - 1)).orElseThrow().username());
			UUID matter = this.matters
				.report(account("lss.kil"),
						new MatterManagement.ReportMatter("Gråzon " + i + " av " + n, "Vem ansvarar?",
								MatterCategory.GREY_ZONE, MatterSource.STAFF))
				.id();
			this.management.addAgendaItem(proposer, id, "Punkt " + i, matter);
		}
		Set<UUID> attendees = new LinkedHashSet<>(invited.subList(0, n));
		this.management.writeMinutes(convener, id, null, attendees, List.of());
		for (int i = 0; i < n; i++) {
			this.management.addAction(convener, id, "Åtgärd " + i, invited.get(i), LocalDate.of(2034, 6, 1), null);
		}
		return id;
	}

	private SignedInStaff account(String username) {
		return this.directory.account(username).orElseThrow();
	}

	private RequestPostProcessor as(String username) {
		return user(account(username));
	}

	private long statements(MockHttpServletRequestBuilder request) throws Exception {
		return CountingDataSource.statementsOf(this.mvc, request.with(as(CONVENER)));
	}

}

package se.samverkan.steeringgroup;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import se.samverkan.meetings.MeetingGroups;
import se.samverkan.organisation.Directory;
import se.samverkan.organisation.Directory.UnitView;
import se.samverkan.organisation.OrganisationManagement;
import se.samverkan.organisation.SignedInStaff;
import se.samverkan.organisation.StaffFunction;
import se.samverkan.shared.Timestamps;
import se.samverkan.testing.CountingDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The steering group's page, its API read and one member's read take as many SQL
 * statements for six members nominated at MAS/MAR meetings as for one (issue 7): the
 * meetings are looked up together, not a page of them per member; and a nomination at any
 * MAS/MAR meeting resolves, not only at the first 200.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(CountingDataSource.Installed.class)
class SteeringGroupReadStatementCountTests {

	static final String CONVENER = "buh.samordnare";

	@Autowired
	MockMvc mvc;

	@Autowired
	Directory directory;

	@Autowired
	OrganisationManagement organisation;

	@Autowired
	SteeringGroup steeringGroup;

	@Autowired
	JdbcClient jdbc;

	private final List<UUID> members = new ArrayList<>();

	private final List<UUID> meetings = new ArrayList<>();

	@Test
	@DisplayName("R8 the steering group's page, API read and member read take as many statements for six nominated members as for one")
	void readsTakeAConstantNumberOfStatements() throws Exception {
		try {
			UUID first = nominated(1);
			Map<String, Long> forOne = statements(first);
			for (int i = 2; i <= 6; i++) {
				nominated(i);
			}
			Map<String, Long> forSix = statements(first);
			assertThat(forSix).as("six nominated members against one").isEqualTo(forOne);
			assertThat(this.steeringGroup.member(this.members.get(5)).nominationMeetingTitle())
				.isEqualTo("MAS/MAR-möte 6");
		}
		finally {
			cleanUp();
		}
	}

	@Test
	@DisplayName("R8 a member nominated at a MAS/MAR meeting planned after 200 others is added with the meeting and its title")
	void aNominationAtTheNewestOfManyMeetingsResolves() throws Exception {
		try {
			for (int i = 1; i <= 201; i++) {
				masMarMeeting("MAS/MAR-möte nr " + i, Instant.parse("2040-01-07T08:00:00Z").plus(i, ChronoUnit.DAYS));
			}
			UUID newest = this.meetings.get(200);
			UnitView karlstad = SteeringGroupFixture.lssUnit(this.directory, "Karlstad");
			SignedInStaff mar = SteeringGroupFixture.newStaff(this.directory, this.organisation, karlstad.id(),
					StaffFunction.MAR);
			this.members.add(mar.staffId());
			this.mvc.perform(post("/api/v1/steering-group/members").with(httpBasic(CONVENER, "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(
						"{\"staffId\":\"%s\",\"representsUnitId\":\"%s\",\"nominatedOn\":\"2040-08-01\",\"nominationMeetingId\":\"%s\"}"
							.formatted(mar.staffId(), karlstad.id(), newest)))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.nominationMeetingId").value(newest.toString()));
			assertThat(this.steeringGroup.member(mar.staffId()).nominationMeetingTitle())
				.isEqualTo("MAS/MAR-möte nr 201");
			Document page = Jsoup.parse(this.mvc.perform(get("/steering-group").with(user(account(CONVENER))))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());
			assertThat(page.select("#members a[href$=" + newest + "]").text()).isEqualTo("MAS/MAR-möte nr 201");
			assertThat(page.select("#nominationMeetingId option[value=" + newest + "]")).as("the newest to choose")
				.isNotEmpty();
		}
		finally {
			cleanUp();
		}
	}

	/**
	 * A new member with MAR representing Karlstad, nominated at a MAS/MAR meeting of
	 * their own, number i.
	 */
	private UUID nominated(int i) {
		UUID meeting = masMarMeeting("MAS/MAR-möte " + i,
				Instant.parse("2039-03-01T08:00:00Z").plus(i, ChronoUnit.DAYS));
		UnitView karlstad = SteeringGroupFixture.lssUnit(this.directory, "Karlstad");
		SignedInStaff mar = SteeringGroupFixture.newStaff(this.directory, this.organisation, karlstad.id(),
				StaffFunction.MAR);
		this.members.add(mar.staffId());
		this.steeringGroup.add(account(CONVENER), new SteeringGroup.AddMember(mar.staffId(), karlstad.id(),
				new Nomination(LocalDate.of(2039, 3, 2), meeting)));
		return mar.staffId();
	}

	private UUID masMarMeeting(String title, Instant start) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into meeting (id, group_id, title, starts_at, ends_at, status, minutes_status, sequence, version)
				values (:id, :group, :title, :starts, :ends, 'PLANNED', 'NONE', 0, 0)
				""")
			.param("id", id)
			.param("group", MeetingGroups.MAS_MAR_GROUP)
			.param("title", title)
			.param("starts", Timestamps.utc(start))
			.param("ends", Timestamps.utc(start.plus(2, ChronoUnit.HOURS)))
			.update();
		this.meetings.add(id);
		return id;
	}

	/** The statements of the page, the API read and the member's read. */
	private Map<String, Long> statements(UUID member) throws Exception {
		Map<String, MockHttpServletRequestBuilder> reads = new LinkedHashMap<>();
		reads.put("the page", get("/steering-group"));
		reads.put("the API read", get("/api/v1/steering-group"));
		reads.put("the member's read", get("/api/v1/steering-group/members/{id}", member));
		Map<String, Long> counts = new LinkedHashMap<>();
		for (var read : reads.entrySet()) {
			counts.put(read.getKey(),
					CountingDataSource.statementsOf(this.mvc, read.getValue().with(user(account(CONVENER)))));
		}
		return counts;
	}

	/**
	 * The members and meetings the test added go, so that the group stays as the demo has
	 * it.
	 */
	private void cleanUp() {
		SignedInStaff convener = account(CONVENER);
		for (UUID member : this.members) {
			if (this.steeringGroup.isMember(member)) {
				this.steeringGroup.remove(convener, member, null);
			}
		}
		if (!this.meetings.isEmpty()) {
			this.jdbc.sql("delete from meeting where id in (:ids)").param("ids", this.meetings).update();
		}
	}

	private SignedInStaff account(String username) {
		return this.directory.account(username).orElseThrow();
	}

}

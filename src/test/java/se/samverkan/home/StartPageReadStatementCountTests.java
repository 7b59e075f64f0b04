package se.samverkan.home;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.evaluation.EvaluationManagement;
import se.samverkan.matters.MatterCategory;
import se.samverkan.matters.MatterManagement;
import se.samverkan.matters.MatterSource;
import se.samverkan.meetings.GroupKind;
import se.samverkan.meetings.MeetingGroups;
import se.samverkan.meetings.MeetingManagement;
import se.samverkan.meetings.MeetingSchedule;
import se.samverkan.meetings.MeetingViews.MeetingSummary;
import se.samverkan.organisation.Directory;
import se.samverkan.organisation.OrganisationManagement;
import se.samverkan.organisation.SignedInStaff;
import se.samverkan.organisation.StaffFunction;
import se.samverkan.steeringgroup.Nomination;
import se.samverkan.steeringgroup.SteeringGroup;
import se.samverkan.steeringgroup.SteeringGroupFixture;
import se.samverkan.testing.CountingDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The start page takes a few SQL statements, as many whatever the data (issue 7): the
 * signed-in staff member's standing in the steering group — which the matters', the
 * meetings' and the evaluations' parts each need — is asked once, in one statement, and
 * not by each part again; the meetings' part is one statement; the referrals' three
 * counts are one. Each count is the request's, the two statements with which Spring
 * Session saves the test's new session included. What the test adds is rolled back with
 * its transaction.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(CountingDataSource.Installed.class)
@Transactional
class StartPageReadStatementCountTests {

	/** A case worker in an LSS unit: in no group that meets. */
	static final String CASE_WORKER = "lss.karlstad";

	/** A steering-group member with MAR, so also in the MAS/MAR group. */
	static final String MEMBER = "mar.karlstad";

	/** A steering-group member who heads operations and manages a unit. */
	static final String HEAD_AND_MEMBER = "chef.vh";

	/** A convener, who is not a member. */
	static final String CONVENER = "buh.samordnare";

	/** A head of operations and manager outside the steering group. */
	static final String HEAD = "chef.storfors";

	@Autowired
	MockMvc mvc;

	@Autowired
	Directory directory;

	@Autowired
	OrganisationManagement organisation;

	@Autowired
	SteeringGroup steeringGroup;

	@Autowired
	MatterManagement matters;

	@Autowired
	MeetingManagement meetings;

	@Autowired
	MeetingGroups groups;

	@Autowired
	EvaluationManagement evaluations;

	@Autowired
	Clock clock;

	@Test
	@DisplayName("an ordinary case worker's start page takes 9 statements, where it took 19")
	void anOrdinaryCaseWorker() throws Exception {
		assertThat(statements(CASE_WORKER)).isEqualTo(9);
	}

	@Test
	@DisplayName("R9 R16 a steering-group member's start page asks the steering group once: 11 statements, where it took 20")
	void aSteeringGroupMember() throws Exception {
		assertThat(statements(MEMBER)).isEqualTo(11);
	}

	@Test
	@DisplayName("R12 R15 R16 a member who heads operations takes 13 statements, a convener 11, a head outside the group 11, where they took 22, 22 and 21")
	void aHeadAConvenerAndAHeadOutsideTheGroup() throws Exception {
		assertThat(statements(HEAD_AND_MEMBER)).as(HEAD_AND_MEMBER).isEqualTo(13);
		assertThat(statements(CONVENER)).as(CONVENER).isEqualTo(11);
		assertThat(statements(HEAD)).as(HEAD).isEqualTo(11);
	}

	@Test
	@DisplayName("R9 R16 the start page takes as many statements with more matters, meetings, evaluations, working groups and steering-group members, and shows them")
	void moreDataTakesNoMoreStatements() throws Exception {
		List<String> users = List.of(CASE_WORKER, MEMBER, HEAD_AND_MEMBER, CONVENER, HEAD);
		Map<String, Long> before = new LinkedHashMap<>();
		for (String username : users) {
			before.put(username, statements(username));
		}
		Map<String, Object> memberBefore = model(MEMBER);

		SignedInStaff convener = account(CONVENER);
		for (int i = 1; i <= 3; i++) {
			this.matters.report(account("lss.kil"), new MatterManagement.ReportMatter("Startsidans gråzon " + i,
					"Vem ansvarar?", MatterCategory.GREY_ZONE, MatterSource.STAFF));
			this.evaluations.open(convener, 2070 + i);
			SignedInStaff mar = SteeringGroupFixture.newStaff(this.directory, this.organisation,
					SteeringGroupFixture.lssUnit(this.directory, "Sunne").id(), StaffFunction.MAR);
			this.steeringGroup.add(convener, new SteeringGroup.AddMember(mar.staffId(), mar.unit().id(),
					new Nomination(LocalDate.of(2040, 1, 2), null)));
			this.meetings.plan(convener, null, schedule("Styrgruppens möte " + i, 400 + i));
			this.meetings.plan(convener, MeetingGroups.MAS_MAR_GROUP, schedule("MAS/MAR-möte " + i, 400 + i));
		}
		UUID workingGroup = this.groups.create(GroupKind.WORKING_GROUP, "Startsidans arbetsgrupp " + UUID.randomUUID(),
				Set.of(account(CASE_WORKER).staffId(), account(MEMBER).staffId()));
		UUID next = this.meetings.plan(convener, workingGroup, schedule("Arbetsgruppens första möte", 1)).id();
		UUID held = this.meetings.plan(convener, workingGroup, schedule("Arbetsgruppens andra möte", 2)).id();
		this.meetings.writeMinutes(convener, held, null,
				Set.of(account(CASE_WORKER).staffId(), account(MEMBER).staffId()), List.of());
		this.meetings.submitMinutes(convener, held, null);

		for (String username : users) {
			assertThat(statements(username)).as(username).isEqualTo(before.get(username));
		}
		Map<String, Object> caseWorker = model(CASE_WORKER);
		assertThat(((MeetingSummary) caseWorker.get("nextMeeting")).id()).isEqualTo(next);
		assertThat(minutesToApprove(caseWorker)).containsExactly(held);
		assertThat(caseWorker.get("mattersWaiting")).isNull();
		assertThat(caseWorker.get("evaluationsToAnswer")).isEqualTo(0L);
		Map<String, Object> member = model(MEMBER);
		assertThat(minutesToApprove(member)).contains(held);
		assertThat((Long) member.get("mattersWaiting")).isEqualTo((Long) memberBefore.get("mattersWaiting") + 3);
		assertThat((Long) member.get("evaluationsToAnswer"))
			.isEqualTo((Long) memberBefore.get("evaluationsToAnswer") + 3);
		assertThat((Long) model(CONVENER).get("evaluationsToAnswer")).isGreaterThanOrEqualTo(3);
	}

	@Test
	@DisplayName("R9 R16 a member removed from the steering group no longer sees the matters or the evaluations to answer on the next start page")
	void aMemberRemovedLosesTheMattersAtOnce() throws Exception {
		SignedInStaff convener = account(CONVENER);
		this.evaluations.open(convener, 2074);
		SignedInStaff mar = SteeringGroupFixture.newStaff(this.directory, this.organisation,
				SteeringGroupFixture.lssUnit(this.directory, "Sunne").id(), StaffFunction.MAR);
		assertThat(model(mar).get("mattersWaiting")).isNull();
		this.steeringGroup.add(convener, new SteeringGroup.AddMember(mar.staffId(), mar.unit().id(),
				new Nomination(LocalDate.of(2040, 1, 2), null)));

		Map<String, Object> asMember = model(mar);
		assertThat(asMember.get("mattersWaiting")).isNotNull();
		assertThat((Long) asMember.get("evaluationsToAnswer")).isPositive();
		this.steeringGroup.remove(convener, mar.staffId(), null);
		Map<String, Object> removed = model(mar);
		assertThat(removed.get("mattersWaiting")).isNull();
		assertThat(removed.get("evaluationsToAnswer")).isEqualTo(0L);
	}

	/** A meeting that many days from now, for two hours. */
	private MeetingSchedule schedule(String title, int days) {
		Instant start = this.clock.instant().plus(days, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
		return new MeetingSchedule(title, start, start.plus(2, ChronoUnit.HOURS), "Karlstad", null);
	}

	private long statements(String username) throws Exception {
		return CountingDataSource.statementsOf(this.mvc, get("/").with(user(account(username))));
	}

	private Map<String, Object> model(String username) throws Exception {
		return model(account(username));
	}

	private Map<String, Object> model(SignedInStaff staff) throws Exception {
		return this.mvc.perform(get("/").with(user(staff)))
			.andExpect(status().isOk())
			.andReturn()
			.getModelAndView()
			.getModel();
	}

	@SuppressWarnings("unchecked")
	private static List<UUID> minutesToApprove(Map<String, Object> model) {
		return ((List<MeetingSummary>) model.get("minutesToApprove")).stream().map(MeetingSummary::id).toList();
	}

	private SignedInStaff account(String username) {
		return this.directory.account(username).orElseThrow();
	}

}

package se.samverkan.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import se.samverkan.matters.MatterCategory;
import se.samverkan.matters.MatterManagement;
import se.samverkan.matters.MatterSource;
import se.samverkan.matters.MatterView;
import se.samverkan.matters.StepKind;
import se.samverkan.meetings.MeetingViews.AgendaItemView;
import se.samverkan.meetings.MeetingViews.MeetingView;
import se.samverkan.organisation.Directory;
import se.samverkan.organisation.SignedInStaff;
import se.samverkan.shared.DomainException;
import se.samverkan.shared.ErrorCode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Agenda items link reported matters (R9, R11): the matter's trail shows the meeting
 * where it was raised and the decisions taken; governance text carries no personal
 * identity numbers (L5).
 */
@SpringBootTest
class MeetingMattersTests {

	@Autowired
	MeetingManagement management;

	@Autowired
	MatterManagement matters;

	@Autowired
	Directory directory;

	@Autowired
	MeetingGroups groups;

	private SignedInStaff account(String username) {
		return this.directory.account(username).orElseThrow();
	}

	private MeetingView plan(SignedInStaff convener, String title) {
		Instant start = Instant.parse("2033-04-02T07:00:00Z");
		return this.management.plan(convener, null,
				new MeetingSchedule(title, start, start.plusSeconds(7200), "Karlstad", null));
	}

	@Test
	@DisplayName("R11 a matter raised at a meeting and decided there shows both in its trail, with the meeting")
	void r11MatterTrailShowsMeetingAndDecision() {
		SignedInStaff convener = account("vh.samordnare");
		MatterView matter = this.matters.report(account("lss.kil"),
				new MatterManagement.ReportMatter("Oklart ansvar för hjälpmedel på korttidsboende", "Vem provar ut?",
						MatterCategory.GREY_ZONE, MatterSource.STAFF));
		MeetingView meeting = plan(convener, "Ärendemöte");
		AgendaItemView item = this.management.addAgendaItem(convener, meeting.id(), "Hjälpmedel på korttidsboende",
				matter.id());
		assertThat(item.matterId()).isEqualTo(matter.id());
		assertThat(item.matterTitle()).isEqualTo("Oklart ansvar för hjälpmedel på korttidsboende");

		this.management.writeMinutes(convener, meeting.id(), null, Set.of(convener.staffId()),
				List.of(new ItemMinutes(item.id(), "Diskuterades", null,
						List.of(new DecisionText("VH provar ut hjälpmedlen", null)), false)));
		this.management.submitMinutes(convener, meeting.id(), null);

		MatterView trail = this.matters.matter(convener, matter.id());
		assertThat(trail.steps()).extracting(MatterView.Step::kind)
			.contains(StepKind.RAISED_AT_MEETING, StepKind.DECISION);
		assertThat(trail.steps()).filteredOn((step) -> step.kind() == StepKind.DECISION)
			.singleElement()
			.satisfies((step) -> {
				assertThat(step.text()).isEqualTo("VH provar ut hjälpmedlen");
				assertThat(step.referenceId()).isEqualTo(meeting.id());
				assertThat(step.referenceDate()).isEqualTo(LocalDate.of(2033, 4, 2));
			});
	}

	@Test
	void an_unknown_matter_is_refused() {
		SignedInStaff convener = account("vh.samordnare");
		MeetingView meeting = plan(convener, "Okänt ärende");
		assertThatThrownBy(
				() -> this.management.addAgendaItem(convener, meeting.id(), "X", java.util.UUID.randomUUID()))
			.isInstanceOfSatisfying(DomainException.class,
					(ex) -> assertThat(ex.code()).isEqualTo(ErrorCode.VALIDATION_FAILED));
	}

	@Test
	@DisplayName("R9 a working-group member who handles no matters may propose an item but not link a matter they may not read")
	void r9OnlyThoseWhoHandleMattersLinkThem() {
		SignedInStaff member = account("lss.kil");
		assertThat(this.matters.handles(member)).isFalse();
		UUID group = this.groups.create(GroupKind.WORKING_GROUP, "Arbetsgrupp hjälpmedel", Set.of(member.staffId()));
		MatterView matter = this.matters.report(account("vh.samordnare"), new MatterManagement.ReportMatter(
				"Gråzon kring hjälpmedel", "Vem ansvarar?", MatterCategory.GREY_ZONE, MatterSource.STAFF));

		assertThatThrownBy(() -> this.management.propose(member, group, "Hjälpmedel", matter.id()))
			.isInstanceOfSatisfying(DomainException.class, (ex) -> {
				assertThat(ex.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
				assertThat(ex.messageKey()).isEqualTo("error.meeting.matter-unknown");
			});
		assertThat(this.management.propose(member, group, "Hjälpmedel", null).matterId()).isNull();
		assertThat(this.management.propose(account("vh.samordnare"), group, "Hjälpmedel", matter.id()).matterId())
			.isEqualTo(matter.id());
	}

	@Test
	@DisplayName("L5 agenda items, notes and decisions refuse personal identity numbers")
	void l5MinutesRefusePersonalIdentityNumbers() {
		SignedInStaff convener = account("vh.samordnare");
		MeetingView meeting = plan(convener, "Personuppgifter");
		assertThatThrownBy(() -> this.management.addAgendaItem(convener, meeting.id(), "Gäller 19121212-1212", null))
			.isInstanceOfSatisfying(DomainException.class,
					(ex) -> assertThat(ex.code()).isEqualTo(ErrorCode.PERSONAL_DATA_NOT_ALLOWED));
		AgendaItemView standing = meeting.agenda().get(0);
		assertThatThrownBy(() -> this.management.writeMinutes(convener, meeting.id(), null, Set.of(),
				List.of(new ItemMinutes(standing.id(), "Om 191212121212", null, List.of(), false))))
			.isInstanceOfSatisfying(DomainException.class,
					(ex) -> assertThat(ex.code()).isEqualTo(ErrorCode.PERSONAL_DATA_NOT_ALLOWED));
	}

}

package se.samverkan.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import se.samverkan.shared.DomainException;
import se.samverkan.shared.ErrorCode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The meeting's and the minutes' status machines, and the meeting that guards them. */
class MeetingStatusTests {

	private static final Instant START = Instant.parse("2027-03-14T08:00:00Z");

	private static MeetingSchedule schedule(String title) {
		return new MeetingSchedule(title, START, START.plusSeconds(7200), "Karlstad", null);
	}

	private static void assertRefused(Runnable command, ErrorCode code) {
		assertThatThrownBy(command::run).isInstanceOfSatisfying(DomainException.class,
				(ex) -> assertThat(ex.code()).isEqualTo(code));
	}

	@Test
	void a_planned_meeting_is_held_or_cancelled_and_goes_nowhere_after() {
		assertThat(MeetingStatus.PLANNED.next()).containsExactlyInAnyOrder(MeetingStatus.HELD, MeetingStatus.CANCELLED);
		assertThat(MeetingStatus.HELD.next()).isEmpty();
		assertThat(MeetingStatus.CANCELLED.next()).isEmpty();
		assertThat(MeetingStatus.CANCELLED.mayMoveTo(MeetingStatus.PLANNED)).isFalse();
	}

	@Test
	void minutes_go_from_draft_to_approval_to_approved_and_are_then_locked() {
		assertThat(MinutesStatus.NONE.next()).containsExactly(MinutesStatus.DRAFT);
		assertThat(MinutesStatus.DRAFT.next()).containsExactlyInAnyOrder(MinutesStatus.DRAFT,
				MinutesStatus.IN_APPROVAL);
		assertThat(MinutesStatus.IN_APPROVAL.next()).containsExactly(MinutesStatus.APPROVED);
		assertThat(MinutesStatus.APPROVED.next()).isEmpty();
		assertThat(MinutesStatus.IN_APPROVAL.editable()).isFalse();
		assertThat(MinutesStatus.APPROVED.editable()).isFalse();
		assertThat(MinutesStatus.DRAFT.editable()).isTrue();
	}

	@Test
	@DisplayName("R20 a steering-group agenda starts with the standing item about the operations; other groups' do not")
	void r20SteeringGroupAgendaStartsWithStandingItem() {
		Meeting steering = Meeting.plan(UUID.randomUUID(), GroupKind.STEERING_GROUP, schedule("Styrgruppen"), null);
		steering.addAgendaItem("Gråzoner", null, null, null);
		assertThat(steering.agenda()).first().satisfies((item) -> {
			assertThat(item.title()).isEqualTo("Information om våra verksamheter");
			assertThat(item.standing()).isTrue();
		});
		Meeting masMar = Meeting.plan(UUID.randomUUID(), GroupKind.MAS_MAR, schedule("MAS/MAR"), null);
		assertThat(masMar.agenda()).isEmpty();
	}

	@Test
	void minutes_are_written_sent_approved_by_every_attendee_and_then_locked() {
		UUID anna = UUID.randomUUID();
		UUID erik = UUID.randomUUID();
		Meeting meeting = Meeting.plan(UUID.randomUUID(), GroupKind.STEERING_GROUP, schedule("Styrgruppen"), null);
		Meeting.AgendaItem item = meeting.addAgendaItem("Remissrutinen", null, null, null);
		assertRefused(meeting::submitMinutes, ErrorCode.INVALID_TRANSITION);

		meeting.writeMinutes(Set.of(anna, erik), List.of(new ItemMinutes(item.id(), "Diskuterades", null,
				List.of(new DecisionText("Ny rutin gäller", LocalDate.of(2027, 9, 1))), true)));
		assertThat(meeting.status()).isEqualTo(MeetingStatus.HELD);
		assertThat(meeting.minutesStatus()).isEqualTo(MinutesStatus.DRAFT);
		assertThat(meeting.agendaItem(item.id()).orElseThrow().outcome()).isEqualTo(Outcome.DECISION);
		assertThat(meeting.decisions()).extracting(Meeting.Decision::text).containsExactly("Ny rutin gäller");
		assertThat(meeting.unfinishedItems()).extracting(Meeting.AgendaItem::id).containsExactly(item.id());
		assertRefused(() -> meeting.approveMinutes(anna, START), ErrorCode.INVALID_TRANSITION);

		meeting.submitMinutes();
		assertRefused(() -> meeting.addAgendaItem("Sent", null, null, null), ErrorCode.INVALID_TRANSITION);
		assertRefused(() -> meeting.writeMinutes(Set.of(anna), List.of()), ErrorCode.INVALID_TRANSITION);
		assertRefused(() -> meeting.approveMinutes(UUID.randomUUID(), START), ErrorCode.FORBIDDEN);
		assertThat(meeting.approveMinutes(anna, START)).isFalse();
		assertThat(meeting.awaitsApprovalOf(erik)).isTrue();
		assertThat(meeting.approveMinutes(erik, START)).isTrue();
		assertThat(meeting.minutesStatus()).isEqualTo(MinutesStatus.APPROVED);
		assertRefused(() -> meeting.addAction("Sent", anna, LocalDate.of(2027, 5, 1), null),
				ErrorCode.INVALID_TRANSITION);
	}

	@Test
	void a_cancelled_meeting_takes_no_minutes_and_rescheduling_bumps_the_sequence() {
		Meeting meeting = Meeting.plan(UUID.randomUUID(), GroupKind.MAS_MAR, schedule("MAS/MAR"), null);
		assertThat(meeting.sequence()).isZero();
		meeting.reschedule(schedule("MAS/MAR, ny tid"));
		assertThat(meeting.sequence()).isEqualTo(1);
		meeting.cancel();
		assertThat(meeting.sequence()).isEqualTo(2);
		assertRefused(meeting::cancel, ErrorCode.INVALID_TRANSITION);
		assertRefused(() -> meeting.writeMinutes(Set.of(), List.of()), ErrorCode.INVALID_TRANSITION);
		assertRefused(() -> meeting.reschedule(schedule("Igen")), ErrorCode.INVALID_TRANSITION);
	}

	@Test
	void a_meeting_ends_after_it_starts_and_its_video_link_is_https() {
		assertRefused(() -> Meeting.plan(UUID.randomUUID(), GroupKind.MAS_MAR,
				new MeetingSchedule("X", START, START, null, null), null), ErrorCode.VALIDATION_FAILED);
		assertRefused(
				() -> Meeting.plan(UUID.randomUUID(), GroupKind.MAS_MAR,
						new MeetingSchedule("X", START, START.plusSeconds(60), null, "http://example.org/rum"), null),
				ErrorCode.VALIDATION_FAILED);
		assertRefused(
				() -> Meeting.plan(UUID.randomUUID(), GroupKind.MAS_MAR,
						new MeetingSchedule(" ", START, START.plusSeconds(60), null, null), null),
				ErrorCode.VALIDATION_FAILED);
	}

}

package se.samverkan.matters;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import se.samverkan.matters.Matter.Report;
import se.samverkan.matters.Matter.Who;
import se.samverkan.shared.DomainException;
import se.samverkan.shared.ErrorCode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The status machine of a matter (R9): nothing is prioritised unanalysed. */
class MatterStatusTests {

	static final Instant NOW = Instant.parse("2026-11-26T09:00:00Z");

	static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

	static final Who CONVENER = new Who("buh.samordnare", UUID.randomUUID());

	@ParameterizedTest(name = "{0} → {1}: {2}")
	@CsvSource({ "REPORTED, UNDER_ANALYSIS, true", "REPORTED, CLOSED, true", "REPORTED, PRIORITISED, false",
			"UNDER_ANALYSIS, PRIORITISED, true", "UNDER_ANALYSIS, CLOSED, true", "UNDER_ANALYSIS, REPORTED, false",
			"PRIORITISED, CLOSED, true", "PRIORITISED, UNDER_ANALYSIS, false", "PRIORITISED, REPORTED, false",
			"CLOSED, REPORTED, false", "CLOSED, UNDER_ANALYSIS, false", "CLOSED, PRIORITISED, false",
			"REPORTED, REPORTED, false", "CLOSED, CLOSED, false" })
	@DisplayName("R9 the allowed moves of a matter")
	void r9AllowedMoves(MatterStatus from, MatterStatus to, boolean allowed) {
		assertThat(from.mayMoveTo(to)).isEqualTo(allowed);
	}

	@Test
	@DisplayName("R9 a matter is analysed, prioritised and closed, each step with who, when and why")
	void r9MatterMovesThroughAnalysisToPrioritisedAndClosed() {
		Matter matter = reported();
		matter.moveTo(MatterStatus.UNDER_ANALYSIS, "Tas upp i styrgruppen", CONVENER, NOW.plusSeconds(60), TODAY);
		matter.moveTo(MatterStatus.PRIORITISED, "Ingår i aktivitetsplanen", CONVENER, NOW.plusSeconds(120), TODAY);
		matter.moveTo(MatterStatus.CLOSED, "Åtgärdat genom ny rutin", CONVENER, NOW.plusSeconds(180), TODAY);

		assertThat(matter.status()).isEqualTo(MatterStatus.CLOSED);
		assertThat(matter.answer()).isEqualTo("Åtgärdat genom ny rutin");
		assertThat(matter.steps()).extracting(MatterStep::kind)
			.containsExactly(StepKind.REPORTED, StepKind.STATUS_CHANGED, StepKind.STATUS_CHANGED,
					StepKind.STATUS_CHANGED);
		MatterStep prioritised = matter.steps().get(2);
		assertThat(prioritised.fromStatus()).isEqualTo(MatterStatus.UNDER_ANALYSIS);
		assertThat(prioritised.toStatus()).isEqualTo(MatterStatus.PRIORITISED);
		assertThat(prioritised.text()).isEqualTo("Ingår i aktivitetsplanen");
		assertThat(prioritised.actor()).isEqualTo("buh.samordnare");
		assertThat(prioritised.actorStaffId()).isEqualTo(CONVENER.staffId());
		assertThat(prioritised.at()).isEqualTo(NOW.plusSeconds(120));
	}

	@Test
	@DisplayName("R9 nothing is prioritised unanalysed")
	void r9NothingIsPrioritisedUnanalysed() {
		Matter matter = reported();
		assertThatThrownBy(() -> matter.moveTo(MatterStatus.PRIORITISED, null, CONVENER, NOW, TODAY))
			.isInstanceOf(DomainException.class)
			.extracting((ex) -> ((DomainException) ex).code())
			.isEqualTo(ErrorCode.INVALID_TRANSITION);
		assertThat(matter.status()).isEqualTo(MatterStatus.REPORTED);
		assertThat(matter.steps()).hasSize(1);
	}

	@Test
	@DisplayName("R11 closing a matter needs an answer for the reporter")
	void r11ClosingNeedsAnAnswer() {
		Matter matter = reported();
		assertThatThrownBy(() -> matter.moveTo(MatterStatus.CLOSED, "  ", CONVENER, NOW, TODAY))
			.isInstanceOf(DomainException.class)
			.extracting((ex) -> ((DomainException) ex).messageKey())
			.isEqualTo("error.matter.answer-required");
		assertThat(matter.status()).isEqualTo(MatterStatus.REPORTED);
	}

	@Test
	@DisplayName("L5 a comment holding a personal identity number is refused")
	void l5CommentWithPersonalIdentityNumberIsRefused() {
		Matter matter = reported();
		assertThatThrownBy(() -> matter.moveTo(MatterStatus.CLOSED, "Gäller 121212-1212", CONVENER, NOW, TODAY))
			.isInstanceOf(DomainException.class)
			.extracting((ex) -> ((DomainException) ex).code())
			.isEqualTo(ErrorCode.PERSONAL_DATA_NOT_ALLOWED);
		assertThatThrownBy(() -> matter.note("Ring 19121212 1212", CONVENER, NOW, TODAY))
			.isInstanceOf(DomainException.class);
	}

	@Test
	@DisplayName("Trail entries from other modules keep their reference, and internal notes stay hidden from the reporter")
	void trailEntriesAndInternalNotes() {
		Matter matter = reported();
		UUID meeting = UUID.randomUUID();
		matter.extendTrail(TrailEntry.raisedAtMeeting(meeting, "Styrgruppsmöte våren", LocalDate.of(2027, 3, 14)),
				CONVENER, NOW, TODAY);
		matter.note("Kolla med VH först", CONVENER, NOW, TODAY);
		assertThat(matter.steps().get(1).referenceId()).isEqualTo(meeting);
		assertThat(matter.steps().get(1).referenceDate()).isEqualTo(LocalDate.of(2027, 3, 14));
		assertThat(StepKind.INTERNAL_NOTE.visibleToReporter()).isFalse();
		assertThat(StepKind.RAISED_AT_MEETING.visibleToReporter()).isTrue();
		assertThatThrownBy(() -> new TrailEntry(StepKind.STATUS_CHANGED, "x", null, null, null))
			.isInstanceOf(DomainException.class);
	}

	static Matter reported() {
		return Matter.report(
				new Report("Otydligt ansvar för hjälpmedel", "Vem ansvarar när barnet fyller 18?",
						MatterCategory.GREY_ZONE, MatterSource.STAFF, null, null),
				new Who("lss.karlstad", UUID.randomUUID()), UUID.randomUUID(), NOW, TODAY);
	}

}

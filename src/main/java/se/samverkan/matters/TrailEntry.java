package se.samverkan.matters;

import java.time.LocalDate;
import java.util.UUID;

import se.samverkan.shared.DomainException;
import se.samverkan.shared.ErrorCode;

/**
 * A step other modules add to a matter's trail: the meeting where it was raised, a
 * decision, an activity of the activity plan, a result. Build one with the factory
 * methods.
 */
public record TrailEntry(StepKind kind, String text, UUID referenceId, String referenceTitle, LocalDate referenceDate) {

	public TrailEntry {
		if (kind == null || kind == StepKind.REPORTED || kind == StepKind.STATUS_CHANGED
				|| kind == StepKind.INTERNAL_NOTE) {
			throw new DomainException(ErrorCode.VALIDATION_FAILED, "error.matter.trail-kind-invalid");
		}
	}

	/** The matter was raised at a meeting. */
	public static TrailEntry raisedAtMeeting(UUID meetingId, String meetingTitle, LocalDate meetingDate) {
		return new TrailEntry(StepKind.RAISED_AT_MEETING, null, meetingId, meetingTitle, meetingDate);
	}

	/** A decision about the matter, taken at a meeting. */
	public static TrailEntry decision(String text, UUID meetingId, String meetingTitle, LocalDate meetingDate) {
		return new TrailEntry(StepKind.DECISION, text, meetingId, meetingTitle, meetingDate);
	}

	/** The matter became (part of) an activity of the activity plan. */
	public static TrailEntry activity(UUID activityId, String activityTitle) {
		return new TrailEntry(StepKind.ACTIVITY, null, activityId, activityTitle, null);
	}

	/** What came of it. */
	public static TrailEntry result(String text) {
		return new TrailEntry(StepKind.RESULT, text, null, null, null);
	}

}

package se.samverkan.matters;

/**
 * The kinds of step in a matter's trail: reported → meeting where it was raised →
 * decision → activity → result, with every status change and the handlers' internal
 * notes.
 */
public enum StepKind {

	REPORTED, STATUS_CHANGED, INTERNAL_NOTE, RAISED_AT_MEETING, DECISION, ACTIVITY, RESULT;

	/** Whether the reporter sees this step; internal notes are for the handlers only. */
	public boolean visibleToReporter() {
		return this != INTERNAL_NOTE;
	}

}

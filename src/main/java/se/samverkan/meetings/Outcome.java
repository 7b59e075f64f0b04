package se.samverkan.meetings;

/** What came of an agenda item: information, a decision, or an action. */
public enum Outcome {

	INFORMATION, DECISION, ACTION

}

package se.samverkan.evaluation;

/**
 * The questions of the yearly evaluation (R16), each scored 1 (not at all) to 5 (fully);
 * the text is {@code evaluation.question.<id>} in the reader's language.
 */
public enum Question {

	RESULTS, WORKING_FORMS, MEETINGS, WORKING_GROUPS, INFORMATION;

	public String id() {
		return name();
	}

}

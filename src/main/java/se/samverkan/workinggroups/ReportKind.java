package se.samverkan.workinggroups;

/** What a working group reports (R18). */
public enum ReportKind {

	/** To the steering group, continuously. */
	PROGRESS,
	/** To the steering group, at completion: the activity is done. */
	FINAL,
	/** Once a year, to the preparation group (beredningsgruppen). */
	ANNUAL

}

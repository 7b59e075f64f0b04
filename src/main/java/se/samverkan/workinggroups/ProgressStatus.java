package se.samverkan.workinggroups;

/** How an activity is going, at a glance. */
public enum ProgressStatus {

	ON_TRACK, LATE, DONE

}

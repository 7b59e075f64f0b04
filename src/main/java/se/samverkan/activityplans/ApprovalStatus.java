package se.samverkan.activityplans;

/** Where something that needs the parties' approval stands. */
public enum ApprovalStatus {

	/** Being written; may be changed. */
	DRAFT,
	/** Submitted: waiting for the heads of operations of the parties. */
	IN_APPROVAL,
	/** Every party has approved. */
	APPROVED

}

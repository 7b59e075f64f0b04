package se.samverkan.agreements;

/** Where an agreement stands. */
public enum AgreementStatus {

	/** Not valid yet. */
	UPCOMING,
	/** In force. */
	CURRENT,
	/** Its period ended without a successor. */
	EXPIRED,
	/** A later agreement replaced it (R24). */
	REPLACED

}

package se.samverkan.matters;

/** Where a matter comes from (R10, R11, R14). */
public enum MatterSource {

	STAFF, SERVICE_USER, INTEREST_ORGANISATION, STEERING_GROUP

}

package se.samverkan.individuals;

/** A consent's state, derived from its dates and revocation. */
public enum ConsentStatus {

	ACTIVE, EXPIRED, REVOKED

}

package se.samverkan.individuals;

/** Why a unit is involved with a person. */
public enum InvolvementReason {

	REGISTERED, INTERVENTION, CONTACT, REFERRAL

}

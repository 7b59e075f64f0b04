package se.samverkan.individuals;

/**
 * What a contact was for: a first contact (R2), or following up plans or interventions,
 * or another meeting (R3).
 */
public enum ContactPurpose {

	FIRST_CONTACT, PLAN_FOLLOW_UP, INTERVENTION_FOLLOW_UP, OTHER

}

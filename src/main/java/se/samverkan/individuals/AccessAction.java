package se.samverkan.individuals;

/** What someone read about a person, as the access log (L3) names it. */
public enum AccessAction {

	PERSON_READ, PERSON_LOOKUP, CONSENTS_READ, INTERVENTIONS_READ, CONTACTS_READ, TRANSITIONS_READ, ACCESS_LOG_READ,
	ROLE_CLARIFICATIONS_READ, REFERRAL_READ

}

package se.samverkan.organisation;

/** What kind of principal (huvudman) a party is. */
public enum PrincipalKind {

	MUNICIPALITY, REGION

}

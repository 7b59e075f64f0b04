package se.samverkan.individuals;

/** Who gave a consent: the person, or for a child the guardian(s) (L8). */
public enum ConsentGiver {

	PERSON, GUARDIAN

}

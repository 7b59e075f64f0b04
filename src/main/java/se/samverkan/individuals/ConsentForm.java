package se.samverkan.individuals;

/** How a consent was given (R1). */
public enum ConsentForm {

	ORAL, WRITTEN, DIGITAL

}

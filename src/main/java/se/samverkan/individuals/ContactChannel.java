package se.samverkan.individuals;

/**
 * How a contact with exchange of information took place (R2). A working meeting is held
 * by BUH/VH and municipal staff without the person (R4).
 */
public enum ContactChannel {

	PHONE, VIDEO, MEETING_WITH_PERSON, WORKING_MEETING

}

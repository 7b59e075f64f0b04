package se.samverkan.matters;

/** What kind of matter it is (R9, R16). */
public enum MatterCategory {

	GREY_ZONE, DEFICIENCY, DEVIATION, IMPROVEMENT, OTHER

}

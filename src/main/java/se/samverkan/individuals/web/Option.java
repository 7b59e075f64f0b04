package se.samverkan.individuals.web;

/** One choice of a select, check box or radio button. */
record Option(String value, String label) {

}

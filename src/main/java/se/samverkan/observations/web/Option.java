package se.samverkan.observations.web;

/** One choice of a select. */
record Option(String value, String label) {

}

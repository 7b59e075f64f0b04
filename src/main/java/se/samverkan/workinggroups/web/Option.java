package se.samverkan.workinggroups.web;

/** One choice in a select. */
record Option(String value, String label) {
}

package se.samverkan.activityplans.web;

/** One choice in a select. */
record Option(String value, String label) {
}

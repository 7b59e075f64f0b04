/** The meetings' REST API. */
package se.samverkan.meetings.api;

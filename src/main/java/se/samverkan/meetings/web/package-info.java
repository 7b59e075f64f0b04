/** The meetings' pages. */
package se.samverkan.meetings.web;

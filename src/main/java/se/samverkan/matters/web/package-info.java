/** The pages of matters: the list, reporting, a matter with its trail and handling. */
package se.samverkan.matters.web;

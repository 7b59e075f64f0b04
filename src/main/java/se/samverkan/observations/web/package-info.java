/** The pages of collegial observation. */
package se.samverkan.observations.web;

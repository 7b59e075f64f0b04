/** The REST API of collegial observation under {@code /api/v1/observations}. */
package se.samverkan.observations.api;

/**
 * The REST API of collaboration around individuals under {@code /api/v1/persons} and
 * {@code /api/v1/transitions}.
 */
package se.samverkan.individuals.api;

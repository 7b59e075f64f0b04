/**
 * The REST API of matters under {@code /api/v1/matters}, and the public feedback form
 * under {@code /api/v1/public/feedback}.
 */
package se.samverkan.matters.api;

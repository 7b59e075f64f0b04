/** The steering group's REST API under {@code /api/v1/steering-group}. */
package se.samverkan.steeringgroup.api;

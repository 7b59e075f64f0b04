/**
 * The organisation's REST API under {@code /api/v1}: who am I, the directory of
 * principals, units and staff, the units' descriptions and updates (R19), and the
 * administrators' management of principals, units and staff accounts.
 */
package se.samverkan.organisation.api;

/**
 * The parties of the agreement: principals, their units, staff accounts with their
 * functions, the units' descriptions and the updates they post about their operations
 * (R19), and the interest organisations.
 */
@ApplicationModule(allowedDependencies = { "shared", "shared::web", "notification" })
package se.samverkan.organisation;

import org.springframework.modulith.ApplicationModule;

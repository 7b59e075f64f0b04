/**
 * Matters reported to the conveners (R9, R11, R14, R16, L5, L10): grey zones,
 * deficiencies, deviations, improvements; their handling from analysis to prioritised or
 * closed, their whole trail, views collected by members and the public feedback form.
 */
@ApplicationModule(allowedDependencies = { "shared", "shared::web", "organisation", "notification", "steeringgroup" })
package se.samverkan.matters;

import org.springframework.modulith.ApplicationModule;

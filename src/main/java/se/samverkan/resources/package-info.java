/**
 * Resource agreements (R15): anything that commits resources is approved by the head of
 * operations of each party involved before it counts, through the same approval cycle as
 * the activity plan.
 */
@ApplicationModule(allowedDependencies = { "shared", "shared::web", "organisation", "notification", "activityplans" })
package se.samverkan.resources;

import org.springframework.modulith.ApplicationModule;

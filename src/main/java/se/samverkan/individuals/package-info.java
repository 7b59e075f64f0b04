/**
 * Collaboration around individuals (R1–R5, L1–L4, L8): persons, the units involved with
 * them, consents, interventions and contacts, who may see what, and the access log of
 * every read.
 */
@ApplicationModule(allowedDependencies = { "shared", "shared::web", "organisation", "notification" })
package se.samverkan.individuals;

import org.springframework.modulith.ApplicationModule;

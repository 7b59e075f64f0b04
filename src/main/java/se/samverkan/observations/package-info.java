/**
 * Collegial observation (auskultation, R21): a staff member asks to observe another
 * party's unit; their nearest manager approves, the host unit's manager accepts and
 * schedules, the visitor reflects afterwards; both managers are told at each step.
 */
@ApplicationModule(allowedDependencies = { "shared", "shared::web", "organisation", "notification" })
package se.samverkan.observations;

import org.springframework.modulith.ApplicationModule;

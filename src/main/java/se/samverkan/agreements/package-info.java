/**
 * The agreement itself (R23, R24): the current agreement with its parties and three-year
 * validity, the 2013 agreement it replaced, follow-ups and proposed changes for the next
 * period, and the reminders of the yearly cycle sent to the conveners.
 */
@ApplicationModule(allowedDependencies = { "shared", "shared::web", "organisation", "notification" })
package se.samverkan.agreements;

import org.springframework.modulith.ApplicationModule;

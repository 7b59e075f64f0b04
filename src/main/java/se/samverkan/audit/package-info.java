/**
 * The audit trail: who changed what, when, and the aggregate's version before and after,
 * recorded from every {@link se.samverkan.shared.AuditableEvent} in the transaction of
 * its change, and read by administrators.
 */
@ApplicationModule(allowedDependencies = { "shared", "shared::web" })
package se.samverkan.audit;

import org.springframework.modulith.ApplicationModule;

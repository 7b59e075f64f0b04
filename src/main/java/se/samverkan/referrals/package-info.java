/**
 * Referrals (vårdbegäran/remiss, R6, L2) from municipalities' units to BUH and VH:
 * drafted, sent under consent, received, accepted or declined, or withdrawn, with inbox
 * and outbox, overdue reminders and a PDF for the receiver's records.
 */
@ApplicationModule(allowedDependencies = { "shared", "shared::web", "organisation", "notification", "individuals" })
package se.samverkan.referrals;

import org.springframework.modulith.ApplicationModule;

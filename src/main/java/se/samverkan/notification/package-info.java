/**
 * One in-app inbox per user, and e-mail when SMTP is configured. Other modules publish a
 * {@link se.samverkan.notification.Notice} instead of sending anything themselves.
 */
@ApplicationModule(allowedDependencies = { "shared", "shared::web" })
package se.samverkan.notification;

import org.springframework.modulith.ApplicationModule;

/**
 * Signing in: form login with CSRF for the browser, HTTP Basic for the API, optional OIDC
 * login configured by properties, and the deny-by-default rules for every URL.
 */
@ApplicationModule(allowedDependencies = { "shared", "shared::web", "organisation" })
package se.samverkan.signin;

import org.springframework.modulith.ApplicationModule;

/**
 * What every web page and API endpoint shares: problem details, the interface language
 * and request helpers.
 */
@NamedInterface("web")
package se.samverkan.shared.web;

import org.springframework.modulith.NamedInterface;

/**
 * Values and error types used by every module: the API's problem details, paging and the
 * audit contract of events.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package se.samverkan.shared;

import org.springframework.modulith.ApplicationModule;

/**
 * The yearly evaluation of results and working forms (R16): a short questionnaire to the
 * steering group's members and the working groups' leads, anonymous answers, averages,
 * distributions and comments.
 */
@ApplicationModule(allowedDependencies = { "shared", "shared::web", "organisation", "notification", "steeringgroup" })
package se.samverkan.evaluation;

import org.springframework.modulith.ApplicationModule;

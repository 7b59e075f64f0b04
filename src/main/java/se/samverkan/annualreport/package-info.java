/**
 * The annual report (R12): a year's figures computed from the system's own data — matters
 * by category and status, deviations, activities by status, working-group reports,
 * evaluation results — with charts, an editable narrative and a PDF.
 */
@ApplicationModule(allowedDependencies = { "shared", "shared::web", "organisation", "activityplans", "workinggroups",
		"evaluation", "matters", "steeringgroup", "meetings", "referrals", "individuals" })
package se.samverkan.annualreport;

import org.springframework.modulith.ApplicationModule;

/**
 * Working groups (R13, R17, R18): formed for an activity of the plan and its directive,
 * led by a steering-group member, members under mandates their nearest managers approve,
 * an implementation plan with milestones, progress, final and annual reports, and every
 * activity's progress at a glance.
 */
@ApplicationModule(allowedDependencies = { "shared", "shared::web", "organisation", "notification", "activityplans",
		"steeringgroup", "matters" })
package se.samverkan.workinggroups;

import org.springframework.modulith.ApplicationModule;

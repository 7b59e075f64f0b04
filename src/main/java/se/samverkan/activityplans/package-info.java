/**
 * The yearly activity plan (R12, R17, R22): activities drafted by the steering group from
 * prioritised matters, approved by the head of operations of every agreement party, with
 * earlier revisions kept; the directives of the prioritised activities (R13), each citing
 * the meeting decision that issued it (read through meetings, which never reads back);
 * and the one approval cycle that plans and resource agreements share.
 */
@ApplicationModule(allowedDependencies = { "shared", "shared::web", "organisation", "notification", "agreements",
		"steeringgroup", "matters", "meetings" })
package se.samverkan.activityplans;

import org.springframework.modulith.ApplicationModule;

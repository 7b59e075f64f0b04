/**
 * The start page and the frame around every page: who is signed in, their inbox, and the
 * navigation of the whole product.
 */
@ApplicationModule(
		allowedDependencies = { "shared", "shared::web", "organisation", "notification", "individuals", "matters",
				"referrals", "observations", "meetings", "activityplans", "resources", "evaluation", "steeringgroup" })
package se.samverkan.home;

import org.springframework.modulith.ApplicationModule;

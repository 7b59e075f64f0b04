/**
 * The steering group (R7, R8): its members and the units they represent, the conveners
 * (BUH and VH), and the rule that municipalities are represented by staff with the MAR
 * function, nominated by the MAS/MAR group.
 */
@ApplicationModule(allowedDependencies = { "shared", "shared::web", "organisation", "notification" })
package se.samverkan.steeringgroup;

import org.springframework.modulith.ApplicationModule;

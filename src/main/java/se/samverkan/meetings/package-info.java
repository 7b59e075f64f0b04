/**
 * Meetings (R16, R20): conveners plan meetings of the steering group, the MAS/MAR group
 * and working groups; agendas open with the standing item about the parties' operations;
 * members propose items; minutes with attendance, outcomes, decisions and actions are
 * approved by the attendees and then locked; invitations as iCalendar.
 */
@ApplicationModule(
		allowedDependencies = { "shared", "shared::web", "organisation", "notification", "steeringgroup", "matters" })
package se.samverkan.meetings;

import org.springframework.modulith.ApplicationModule;

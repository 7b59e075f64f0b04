package se.samverkan.steeringgroup;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The MAS/MAR group's nomination of a municipalities' representative (R8): the date and
 * the MAS/MAR meeting it came from; either may be unknown.
 */
public record Nomination(LocalDate nominatedOn, UUID meetingId) {

	public static final Nomination NONE = new Nomination(null, null);

	public boolean isRecorded() {
		return this.nominatedOn != null || this.meetingId != null;
	}

}

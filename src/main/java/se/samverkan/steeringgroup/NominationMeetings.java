package se.samverkan.steeringgroup;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The MAS/MAR group's meetings a nomination can come from. Implemented by the module that
 * keeps meetings (it depends on this one, not the other way round); absent until it is
 * there.
 */
public interface NominationMeetings {

	/** The MAS/MAR group's meetings, newest first. */
	List<MeetingRef> masMarMeetings();

	Optional<MeetingRef> masMarMeeting(UUID id);

	/** A meeting as a nomination names it. */
	record MeetingRef(UUID id, String title, LocalDate date) {
	}

}

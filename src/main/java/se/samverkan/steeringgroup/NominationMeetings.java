package se.samverkan.steeringgroup;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The MAS/MAR group's meetings a nomination can come from. Implemented by the module that
 * keeps meetings (it depends on this one, not the other way round); absent until it is
 * there.
 */
public interface NominationMeetings {

	/** The MAS/MAR group's latest meetings, newest first. */
	List<MeetingRef> masMarMeetings();

	/**
	 * Those of the meetings that are the MAS/MAR group's, by id, read together: for a
	 * list of nominations (issue 7).
	 */
	Map<UUID, MeetingRef> masMarMeetings(Collection<UUID> ids);

	/** One of the MAS/MAR group's meetings, if the id is one. */
	default Optional<MeetingRef> masMarMeeting(UUID id) {
		return Optional.ofNullable(masMarMeetings(Set.of(id)).get(id));
	}

	/** A meeting as a nomination names it. */
	record MeetingRef(UUID id, String title, LocalDate date) {
	}

}

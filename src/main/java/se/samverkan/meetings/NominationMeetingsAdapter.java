package se.samverkan.meetings;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import se.samverkan.shared.PageRequest;
import se.samverkan.steeringgroup.NominationMeetings;

/** Tells the steering group which MAS/MAR meetings a nomination can come from (R8). */
@Component
class NominationMeetingsAdapter implements NominationMeetings {

	private final MeetingViews views;

	private final Clock clock;

	NominationMeetingsAdapter(MeetingViews views, Clock clock) {
		this.views = views;
		this.clock = clock;
	}

	@Override
	public List<MeetingRef> masMarMeetings() {
		return this.views.meetings(null, null, MeetingGroups.MAS_MAR_GROUP, new PageRequest(0, PageRequest.MAX_SIZE))
			.items()
			.stream()
			.filter((meeting) -> meeting.status() != MeetingStatus.CANCELLED)
			.map((meeting) -> new MeetingRef(meeting.id(), meeting.title(),
					meeting.startsAt().atZone(this.clock.getZone()).toLocalDate()))
			.sorted(java.util.Comparator.comparing(MeetingRef::date).reversed())
			.toList();
	}

	@Override
	public Optional<MeetingRef> masMarMeeting(UUID id) {
		return masMarMeetings().stream().filter((meeting) -> meeting.id().equals(id)).findFirst();
	}

}

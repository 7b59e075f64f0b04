package se.samverkan.meetings;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a meeting is: planned, held (its minutes begun) or cancelled. The allowed moves
 * are in one place.
 */
public enum MeetingStatus {

	PLANNED, HELD, CANCELLED;

	/** The statuses this one may move to. */
	public Set<MeetingStatus> next() {
		return switch (this) {
			case PLANNED -> EnumSet.of(HELD, CANCELLED);
			case HELD, CANCELLED -> EnumSet.noneOf(MeetingStatus.class);
		};
	}

	public boolean mayMoveTo(MeetingStatus target) {
		return next().contains(target);
	}

}

package se.samverkan.meetings;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a meeting's minutes are: none yet, a draft the conveners write, with the
 * attendees for approval, or approved and locked.
 */
public enum MinutesStatus {

	NONE, DRAFT, IN_APPROVAL, APPROVED;

	/** The statuses this one may move to. */
	public Set<MinutesStatus> next() {
		return switch (this) {
			case NONE -> EnumSet.of(DRAFT);
			case DRAFT -> EnumSet.of(DRAFT, IN_APPROVAL);
			case IN_APPROVAL -> EnumSet.of(APPROVED);
			case APPROVED -> EnumSet.noneOf(MinutesStatus.class);
		};
	}

	public boolean mayMoveTo(MinutesStatus target) {
		return next().contains(target);
	}

	/** Whether the minutes may still be written: not once sent for approval. */
	public boolean editable() {
		return this == NONE || this == DRAFT;
	}

}

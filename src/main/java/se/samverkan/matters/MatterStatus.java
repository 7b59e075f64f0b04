package se.samverkan.matters;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a matter stands. The allowed moves are here and only here: reported → under
 * analysis or closed, under analysis → prioritised or closed, prioritised → closed.
 * Nothing is prioritised unanalysed, and a closed matter stays closed.
 */
public enum MatterStatus {

	REPORTED, UNDER_ANALYSIS, PRIORITISED, CLOSED;

	/** The statuses a matter in this status may move to. */
	public Set<MatterStatus> next() {
		return switch (this) {
			case REPORTED -> EnumSet.of(UNDER_ANALYSIS, CLOSED);
			case UNDER_ANALYSIS -> EnumSet.of(PRIORITISED, CLOSED);
			case PRIORITISED -> EnumSet.of(CLOSED);
			case CLOSED -> EnumSet.noneOf(MatterStatus.class);
		};
	}

	public boolean mayMoveTo(MatterStatus to) {
		return to != null && next().contains(to);
	}

	/** Open: waiting for or under handling by the conveners and members. */
	public boolean isOpen() {
		return this != CLOSED;
	}

}

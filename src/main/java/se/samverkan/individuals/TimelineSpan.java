package se.samverkan.individuals;

import java.time.Instant;

/**
 * The time one page of a person's timeline covers: from {@code from} (inclusive;
 * {@code null} back to the beginning) up to {@code until} (exclusive; {@code null} up to
 * now), so that every entry falls on exactly one page. A page beyond the last covers
 * nothing ({@code from} equals {@code until}).
 */
public record TimelineSpan(Instant from, Instant until) {

	/** Whether an entry at that time belongs on this page. */
	public boolean covers(Instant at) {
		return (this.from == null || !at.isBefore(this.from)) && (this.until == null || at.isBefore(this.until));
	}

}

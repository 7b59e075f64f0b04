package se.samverkan.individuals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where one page of a person's timeline falls among its sources — the contacts and each
 * {@link TimelineContributor} — merged newest first: which of each source's entries are
 * on the page ({@link Slice}), whether older pages follow, and the span of time the page
 * covers, for the entries placed by time alone (consents and interventions). A page holds
 * at most {@code size} entries, however the sources share them: a person with hundreds of
 * referrals between two contacts gets pages of referrals.
 */
record TimelinePlacement(List<Slice> slices, boolean older, TimelineSpan span) {

	TimelinePlacement {
		slices = List.copyOf(slices);
	}

	/**
	 * How many of the newest times each source must give for {@link #of} to place the
	 * page: all the pages up to it and one entry more.
	 */
	static int timesNeeded(int page, int size) {
		return (int) Math.min((long) (page + 1) * size + 1, Integer.MAX_VALUE);
	}

	/**
	 * Places page {@code page} (from 0, the newest) of {@code size} entries, given each
	 * source's newest times in its own order, at least {@link #timesNeeded} of each that
	 * has so many. Entries at the same time keep their sources' order, and each source
	 * its own.
	 */
	static TimelinePlacement of(List<List<Instant>> sources, int page, int size) {
		record Entry(Instant at, int source) {
		}
		List<Entry> merged = new ArrayList<>();
		for (int source = 0; source < sources.size(); source++) {
			for (Instant at : sources.get(source)) {
				merged.add(new Entry(at, source));
			}
		}
		// a stable sort: a source's entries at the same time stay in its order
		merged.sort(Comparator.comparing(Entry::at).reversed().thenComparingInt(Entry::source));
		long first = (long) page * size;
		long[] offsets = new long[sources.size()];
		int[] counts = new int[sources.size()];
		for (int i = 0; i < merged.size() && i < first + size; i++) {
			int source = merged.get(i).source();
			if (i < first) {
				offsets[source]++;
			}
			else {
				counts[source]++;
			}
		}
		List<Slice> slices = new ArrayList<>();
		for (int source = 0; source < sources.size(); source++) {
			slices.add(new Slice(offsets[source], counts[source]));
		}
		if (page > 0 && merged.size() <= first) {
			// beyond the last page: the page before covers all that is older, this one
			// nothing (an empty span)
			return new TimelinePlacement(slices, false, new TimelineSpan(Instant.EPOCH, Instant.EPOCH));
		}
		boolean older = merged.size() > first + size;
		Instant until = (page > 0) ? merged.get((int) first - 1).at() : null;
		Instant from = older ? merged.get((int) (first + size - 1)).at() : null;
		return new TimelinePlacement(slices, older, new TimelineSpan(from, until));
	}

	/** A source's entries on the page: {@code count} of them from {@code offset} on. */
	record Slice(long offset, int count) {

	}

}

package se.samverkan.shared;

import java.util.UUID;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;

/**
 * Ids for the rows of tables that only grow, many at a time: the access log, the
 * notifications, the audit trail. A random id puts each insert on a random page of the
 * table's primary key, which at national scale (20 million access-log rows) is mostly out
 * of memory; a time-ordered one (RFC 9562 version 7: the millisecond first, then random
 * bits) puts it on the last page, as PostgreSQL and H2 order uuids (issue 7). A unit's
 * 268 notifications took 33 ms to insert with random ids, 4–6 ms with ordered ones.
 */
public final class TimeOrderedIds {

	private static final TimeBasedEpochGenerator GENERATOR = Generators.timeBasedEpochGenerator();

	private TimeOrderedIds() {
	}

	public static UUID next() {
		return GENERATOR.generate();
	}

}

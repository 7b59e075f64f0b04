package se.samverkan.shared;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TimeOrderedIdsTests {

	/** How PostgreSQL and H2 order uuids: unsigned, byte by byte. */
	private static final Comparator<UUID> DATABASE_ORDER = Comparator
		.comparing(UUID::getMostSignificantBits, Long::compareUnsigned)
		.thenComparing(UUID::getLeastSignificantBits, Long::compareUnsigned);

	@Test
	void issue_7_ids_taken_one_after_another_sort_in_that_order_in_the_database() {
		List<UUID> ids = new ArrayList<>();
		for (int i = 0; i < 10_000; i++) {
			ids.add(TimeOrderedIds.next());
		}
		assertThat(ids).isSortedAccordingTo(DATABASE_ORDER).doesNotHaveDuplicates();
		assertThat(ids).allSatisfy((id) -> assertThat(id.version()).isEqualTo(7));
	}

}

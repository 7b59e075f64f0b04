package se.samverkan.individuals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The access log's batches and the retention's prune lock (person, unit) pairs in one
 * order, so that they cannot deadlock: the order the database sorts uuids in.
 */
@SpringBootTest
class AccessLogOrderTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	@DisplayName("L3 access-log batches sort persons as the database orders uuids, so that batches cannot deadlock")
	void l3TheBatchOrderIsTheDatabaseOrder() {
		List<UUID> ids = new ArrayList<>(Stream
			.of("00000000-0000-0000-0000-000000000001", "00000000-0000-0000-8000-000000000000",
					"7fffffff-ffff-ffff-ffff-ffffffffffff", "80000000-0000-0000-0000-000000000000",
					"ffffffff-ffff-ffff-ffff-fffffffffffe", "ffffffff-ffff-ffff-7fff-ffffffffffff")
			.map(UUID::fromString)
			.toList());
		for (int i = 0; i < 30; i++) {
			ids.add(UUID.randomUUID());
		}
		Collections.shuffle(ids);
		String values = ids.stream().map((id) -> "(cast(? as uuid))").collect(Collectors.joining(", "));
		List<UUID> byDatabase = this.jdbc.sql("select u from (values " + values + ") as t(u) order by u")
			.params(ids.stream().map(Object.class::cast).toList())
			.query(UUID.class)
			.list();

		assertThat(ids.stream().sorted(AccessLogPairs.UUID_ORDER).toList()).containsExactlyElementsOf(byDatabase);
		assertThat(ids.stream().sorted().toList()).as("UUID.compareTo is signed and differs").isNotEqualTo(byDatabase);
	}

}

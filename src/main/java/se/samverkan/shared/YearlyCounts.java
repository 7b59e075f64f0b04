package se.samverkan.shared;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts of the rows of one calendar year (Swedish time, see {@link CalendarYear})
 * grouped by one key, for the yearly figures. The query selects the key first and the
 * count second, and bounds the year with {@code :from} (inclusive) and {@code :to}
 * (exclusive).
 */
@Component
public class YearlyCounts {

	private final JdbcClient jdbc;

	private final Clock clock;

	YearlyCounts(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The year's counts for every one of {@code keys}, in their order, zero if none. */
	public Map<String, Long> of(int year, String sql, Enum<?>[] keys) {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (Enum<?> key : keys) {
			counts.put(key.name(), 0L);
		}
		return into(counts, year, sql);
	}

	/** The year's counts for the keys that have any, in the keys' order. */
	public Map<String, Long> of(int year, String sql) {
		return into(new TreeMap<>(), year, sql);
	}

	private Map<String, Long> into(Map<String, Long> counts, int year, String sql) {
		CalendarYear bounds = CalendarYear.of(year, this.clock.getZone());
		this.jdbc.sql(sql).param("from", bounds.from()).param("to", bounds.to()).query((rs) -> {
			counts.put(rs.getString(1), rs.getLong(2));
		});
		return counts;
	}

}

package se.samverkan.individuals;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.shared.CalendarYear;

/**
 * Aggregate counts of the contacts that took place in a year, by channel, for the annual
 * report (R12). Counts only, no personal data, so no access log.
 */
@Service
@Transactional(readOnly = true)
public class ContactFigures {

	private final JdbcClient jdbc;

	private final Clock clock;

	ContactFigures(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The year's contacts by channel (every channel present, zero if none). */
	public Map<String, Long> byChannel(int year) {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (ContactChannel channel : ContactChannel.values()) {
			counts.put(channel.name(), 0L);
		}
		this.jdbc.sql("""
				select channel, count(*) as n from contact
				where occurred_at >= :from and occurred_at < :to group by channel
				""").param("from", year(year).from()).param("to", year(year).to()).query((rs) -> {
			counts.put(rs.getString("channel"), rs.getLong("n"));
		});
		return counts;
	}

	private CalendarYear year(int year) {
		return CalendarYear.of(year, this.clock.getZone());
	}

}

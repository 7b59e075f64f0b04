package se.samverkan.individuals;

import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.shared.YearlyCounts;

/**
 * Aggregate counts of the contacts that took place in a year, by channel, for the annual
 * report (R12). Counts only, no personal data, so no access log.
 */
@Service
@Transactional(readOnly = true)
public class ContactFigures {

	private final YearlyCounts counts;

	ContactFigures(YearlyCounts counts) {
		this.counts = counts;
	}

	/** The year's contacts by channel (every channel present, zero if none). */
	public Map<String, Long> byChannel(int year) {
		return this.counts.of(year, """
				select channel, count(*) from contact
				where occurred_at >= :from and occurred_at < :to group by channel
				""", ContactChannel.values());
	}

}

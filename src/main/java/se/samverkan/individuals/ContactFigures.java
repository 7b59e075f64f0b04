package se.samverkan.individuals;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contacts that took place in a year, by channel, for the annual report (R12). They
 * are counted as contacts are recorded and removed, in the same transaction, into a row
 * per calendar year (Swedish time) and channel: counting a year's contacts when the
 * report is shown read the whole contact table, millions of rows nationally. Counts only,
 * no personal data, so no access log.
 * <p>
 * A count's row is locked from its change to the commit, so each change comes last in its
 * transaction, after the rows it follows are written: recording a contact locks its
 * person first, and a removal sorts its rows, so no two transactions wait for each other
 * in turn.
 */
@Service
@Transactional(readOnly = true)
public class ContactFigures {

	private static final String COUNT = """
			update contact_year_count set contacts = contacts + :change
			where contact_year = :year and channel = :channel
			""";

	/**
	 * A year's and channel's first contact; a concurrent first one wins the insert and
	 * this one does nothing, and {@link #COUNT} then counts both.
	 */
	private static final String FIRST = """
			insert into contact_year_count (contact_year, channel, contacts) values (:year, :channel, 0)
			on conflict do nothing
			""";

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
		this.jdbc.sql("select channel, contacts from contact_year_count where contact_year = :year")
			.param("year", year)
			.query((rs) -> {
				counts.put(rs.getString("channel"), rs.getLong("contacts"));
			});
		return counts;
	}

	/** Counts a contact just recorded; the last write of its transaction. */
	@Transactional
	void recorded(Contact contact) {
		Counted counted = counted(contact.occurredAt(), contact.channel());
		if (change(counted, 1) == 0) {
			this.jdbc.sql(FIRST).param("year", counted.year()).param("channel", counted.channel().name()).update();
			change(counted, 1);
		}
	}

	/**
	 * Stops counting the removed contacts; the last write of the removing transaction.
	 */
	@Transactional
	void removed(Collection<Taken> contacts) {
		contacts.stream()
			.collect(Collectors.groupingBy((contact) -> counted(contact.occurredAt(), contact.channel()),
					() -> new TreeMap<>(Counted.ORDER), Collectors.counting()))
			.forEach((counted, removed) -> change(counted, -removed));
	}

	private int change(Counted counted, long change) {
		return this.jdbc.sql(COUNT)
			.param("change", change)
			.param("year", counted.year())
			.param("channel", counted.channel().name())
			.update();
	}

	private Counted counted(Instant occurredAt, ContactChannel channel) {
		return new Counted(occurredAt.atZone(this.clock.getZone()).getYear(), channel);
	}

	/** When a contact took place and how: what its count needs. */
	record Taken(Instant occurredAt, ContactChannel channel) {

	}

	/** Where a contact is counted. */
	private record Counted(int year, ContactChannel channel) {

		static final Comparator<Counted> ORDER = Comparator.comparingInt(Counted::year).thenComparing(Counted::channel);

	}

}

package se.samverkan.meetings;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.shared.Timestamps;

/**
 * Each user's subscribable calendar of their groups' meetings. Calendar programs cannot
 * sign in, so the feed's address holds a secret token; the user can replace it, and the
 * old address stops working.
 */
@Service
@Transactional
public class CalendarFeeds {

	/** How far back the feed reaches. */
	static final Duration HISTORY = Duration.ofDays(180);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final MeetingViews views;

	private final Meetings meetings;

	private final ICalendar calendar;

	private final MeetingsProperties properties;

	private final Clock clock;

	CalendarFeeds(JdbcClient jdbc, MeetingViews views, Meetings meetings, ICalendar calendar,
			MeetingsProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.views = views;
		this.meetings = meetings;
		this.calendar = calendar;
		this.properties = properties;
		this.clock = clock;
	}

	/** The address of the staff member's feed, made on first use. */
	public String feedUrl(UUID staffId) {
		String token = this.jdbc.sql("select token from calendar_feed where staff_id = :staff")
			.param("staff", staffId)
			.query(String.class)
			.optional()
			.orElseGet(() -> regenerateToken(staffId));
		return url(token);
	}

	/** A new address for the feed; the old one stops working. */
	public String regenerate(UUID staffId) {
		return url(regenerateToken(staffId));
	}

	/** The feed behind a token, or empty when no one has that token. */
	@Transactional(readOnly = true)
	public Optional<byte[]> feed(String token) {
		if (token == null || !token.matches("[0-9a-f]{64}")) {
			return Optional.empty();
		}
		return this.jdbc.sql("select staff_id from calendar_feed where token = :token")
			.param("token", token)
			.query(UUID.class)
			.optional()
			.map((staffId) -> {
				List<MeetingViews.MeetingView> meetings = this.views
					.meetingsFor(staffId, this.clock.instant().minus(HISTORY))
					.stream()
					.map((summary) -> this.views.view(this.meetings.find(summary.id()).orElseThrow()))
					.toList();
				return this.calendar.feed(meetings, "Samverkan");
			});
	}

	private String regenerateToken(UUID staffId) {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = HexFormat.of().formatHex(bytes);
		this.jdbc.sql("delete from calendar_feed where staff_id = :staff").param("staff", staffId).update();
		this.jdbc.sql("insert into calendar_feed (staff_id, token, created_at) values (:staff, :token, :at)")
			.param("staff", staffId)
			.param("token", token)
			.param("at", Timestamps.utc(this.clock.instant()))
			.update();
		return token;
	}

	private String url(String token) {
		return this.properties.baseUrl() + "/api/v1/calendar-feeds/" + token + ".ics";
	}

}

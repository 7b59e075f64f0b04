package se.samverkan.meetings;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
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

	/** The most meetings a feed holds. */
	static final int LIMIT = 500;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final MeetingGroups groups;

	private final ICalendar calendar;

	private final MeetingsProperties properties;

	private final Clock clock;

	CalendarFeeds(JdbcClient jdbc, MeetingGroups groups, ICalendar calendar, MeetingsProperties properties,
			Clock clock) {
		this.jdbc = jdbc;
		this.groups = groups;
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
			.map((staffId) -> this.calendar.feed(events(staffId, this.clock.instant().minus(HISTORY)), "Samverkan"));
	}

	/**
	 * What the feed shows of the meetings of the staff member's groups from a point in
	 * time, earliest first, at most {@value #LIMIT}: the meetings in one statement and
	 * their agendas' titles in another, not each meeting with all its page shows (issue
	 * 7).
	 */
	private List<ICalendar.Event> events(UUID staffId, Instant from) {
		List<UUID> groupIds = this.groups.groupsOf(staffId);
		if (groupIds.isEmpty()) {
			return List.of();
		}
		List<ICalendar.Event> meetings = this.jdbc.sql("""
				select m.id, g.name as group_name, m.title, m.starts_at, m.ends_at, m.location, m.video_link,
				       m.status, m.sequence
				from meeting m join meeting_group g on g.id = m.group_id
				where m.group_id in (:groups) and m.starts_at >= :from
				order by m.starts_at, m.id limit :limit
				""")
			.param("groups", groupIds)
			.param("from", Timestamps.utc(from))
			.param("limit", LIMIT)
			.query((rs, n) -> new ICalendar.Event(Meetings.uuid(rs, "id"), rs.getString("group_name"),
					rs.getString("title"), Timestamps.instant(rs, "starts_at"), Timestamps.instant(rs, "ends_at"),
					rs.getString("location"), rs.getString("video_link"), MeetingStatus.valueOf(rs.getString("status")),
					rs.getInt("sequence"), List.of()))
			.list();
		if (meetings.isEmpty()) {
			return meetings;
		}
		Map<UUID, List<String>> agendas = new HashMap<>();
		this.jdbc
			.sql("select meeting_id, title from agenda_item where meeting_id in (:ids) order by meeting_id, position")
			.param("ids", meetings.stream().map(ICalendar.Event::id).toList())
			.query((rs) -> {
				agendas.computeIfAbsent(Meetings.uuid(rs, "meeting_id"), (id) -> new ArrayList<>())
					.add(rs.getString("title"));
			});
		return meetings.stream()
			.map((meeting) -> meeting.withAgenda(agendas.getOrDefault(meeting.id(), List.of())))
			.toList();
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

package se.samverkan.meetings;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.shared.PageRequest;
import se.samverkan.shared.Timestamps;
import se.samverkan.steeringgroup.NominationMeetings;

/**
 * Tells the steering group which MAS/MAR meetings a nomination can come from (R8): any of
 * the group's meetings that is not cancelled; the form offers the latest
 * {@value PageRequest#MAX_SIZE}.
 */
@Component
@Transactional(readOnly = true)
class NominationMeetingsAdapter implements NominationMeetings {

	private static final String SELECT = """
			select id, title, starts_at from meeting
			where group_id = :group and status <> 'CANCELLED'
			""";

	private final JdbcClient jdbc;

	private final Clock clock;

	NominationMeetingsAdapter(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The latest meetings, newest day first and in order of time within a day. */
	@Override
	public List<MeetingRef> masMarMeetings() {
		List<MeetingRef> latest = new ArrayList<>(
				this.jdbc.sql(SELECT + " order by starts_at desc, id desc limit :limit")
					.param("group", MeetingGroups.MAS_MAR_GROUP)
					.param("limit", PageRequest.MAX_SIZE)
					.query(this::ref)
					.list());
		// earliest first, so that the sort by day keeps a day's meetings in order of time
		Collections.reverse(latest);
		latest.sort(Comparator.comparing(MeetingRef::date).reversed());
		return List.copyOf(latest);
	}

	@Override
	public Map<UUID, MeetingRef> masMarMeetings(Collection<UUID> ids) {
		Map<UUID, MeetingRef> found = new HashMap<>();
		if (!ids.isEmpty()) {
			this.jdbc.sql(SELECT + " and id in (:ids)")
				.param("group", MeetingGroups.MAS_MAR_GROUP)
				.param("ids", ids)
				.query(this::ref)
				.list()
				.forEach((meeting) -> found.put(meeting.id(), meeting));
		}
		return found;
	}

	private MeetingRef ref(ResultSet rs, int n) throws SQLException {
		return new MeetingRef(Meetings.uuid(rs, "id"), rs.getString("title"),
				Timestamps.instant(rs, "starts_at").atZone(this.clock.getZone()).toLocalDate());
	}

}

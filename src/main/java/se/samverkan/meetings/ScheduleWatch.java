package se.samverkan.meetings;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.notification.Notice;
import se.samverkan.steeringgroup.SteeringGroup;
import se.samverkan.shared.Timestamps;

/**
 * Warns the conveners early when the steering group will not meet twice this year (R16):
 * from the configured day on, once a year, while fewer than two meetings are held or
 * planned.
 */
@Service
@Transactional
public class ScheduleWatch {

	static final String NOTICE = "notice.meeting.schedule-warning";

	private final MeetingViews views;

	private final SteeringGroup steeringGroup;

	private final MeetingsProperties properties;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ScheduleWatch(MeetingViews views, SteeringGroup steeringGroup, MeetingsProperties properties, JdbcClient jdbc,
			ApplicationEventPublisher events, Clock clock) {
		this.views = views;
		this.steeringGroup = steeringGroup;
		this.properties = properties;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/** Whether the warning applies today: the day has come and too few meetings. */
	@Transactional(readOnly = true)
	public boolean warningDue(LocalDate today) {
		LocalDate from = this.properties.warnFromDay().atYear(today.getYear());
		return !today.isBefore(from) && !this.views.steeringGroupSchedule(today.getYear()).meetsRequirement();
	}

	/** Checks today's date and warns the conveners once a year; true when it warned. */
	public boolean check() {
		LocalDate today = LocalDate.now(this.clock);
		if (!warningDue(today)) {
			return false;
		}
		int warned = this.jdbc.sql("select count(*) from meeting_schedule_warning where schedule_year = :year")
			.param("year", today.getYear())
			.query(Integer.class)
			.single();
		if (warned > 0) {
			return false;
		}
		this.jdbc.sql("insert into meeting_schedule_warning (schedule_year, warned_at) values (:year, :at)")
			.param("year", today.getYear())
			.param("at", Timestamps.utc(this.clock.instant()))
			.update();
		Set<UUID> conveners = this.steeringGroup.convenerStaffIds();
		MeetingViews.ScheduleState state = this.views.steeringGroupSchedule(today.getYear());
		if (!conveners.isEmpty()) {
			this.events.publishEvent(new Notice(conveners, NOTICE,
					List.of(String.valueOf(today.getYear()), String.valueOf(state.held() + state.planned())),
					"/meetings/new"));
		}
		return true;
	}

}

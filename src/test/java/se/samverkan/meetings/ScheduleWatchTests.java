package se.samverkan.meetings;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.samverkan.notification.Notice;
import se.samverkan.organisation.Directory;
import se.samverkan.steeringgroup.SteeringGroup;

import static org.assertj.core.api.Assertions.assertThat;

/** The conveners are warned early when the steering group will not meet twice (R16). */
@SpringBootTest
class ScheduleWatchTests {

	private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

	@Autowired
	MeetingViews views;

	@Autowired
	SteeringGroup steeringGroup;

	@Autowired
	MeetingManagement management;

	@Autowired
	Directory directory;

	@Autowired
	JdbcClient jdbc;

	private final List<Object> published = new ArrayList<>();

	private ScheduleWatch watchOn(LocalDate day) {
		Clock clock = Clock.fixed(day.atTime(7, 0).atZone(SWEDEN).toInstant(), SWEDEN);
		return new ScheduleWatch(this.views, this.steeringGroup,
				new MeetingsProperties("09-01", "0 0 7 * * *", "http://localhost"), this.jdbc, this.published::add,
				clock);
	}

	@Test
	@DisplayName("R16 from 1 September the conveners get one notice when fewer than two meetings are held or planned")
	void r16ConvenersAreWarnedOnceFromTheConfiguredDay() {
		assertThat(watchOn(LocalDate.of(2043, 8, 31)).check()).isFalse();
		assertThat(this.published).isEmpty();

		assertThat(watchOn(LocalDate.of(2043, 9, 1)).check()).isTrue();
		assertThat(this.published).singleElement().isInstanceOfSatisfying(Notice.class, (notice) -> {
			assertThat(notice.messageKey()).isEqualTo("notice.meeting.schedule-warning");
			assertThat(notice.recipientStaffIds())
				.containsExactlyInAnyOrderElementsOf(this.steeringGroup.convenerStaffIds());
			assertThat(notice.arguments()).containsExactly("2043", "0");
		});
		assertThat(watchOn(LocalDate.of(2043, 9, 2)).check()).as("once a year").isFalse();
		assertThat(this.published).hasSize(1);
	}

	@Test
	@DisplayName("R16 no warning when two steering-group meetings are held or planned")
	void r16NoWarningWhenTwoMeetingsArePlanned() {
		var convener = this.directory.account("vh.samordnare").orElseThrow();
		for (int month : new int[] { 4, 11 }) {
			Instant start = LocalDate.of(2044, month, 10).atTime(9, 0).atZone(SWEDEN).toInstant();
			this.management.plan(convener, null,
					new MeetingSchedule("Styrgruppen", start, start.plusSeconds(3600), null, null));
		}
		assertThat(watchOn(LocalDate.of(2044, 9, 15)).warningDue(LocalDate.of(2044, 9, 15))).isFalse();
		assertThat(watchOn(LocalDate.of(2044, 9, 15)).check()).isFalse();
		assertThat(this.published).isEmpty();
	}

}

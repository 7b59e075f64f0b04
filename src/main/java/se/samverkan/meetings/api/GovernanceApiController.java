package se.samverkan.meetings.api;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.samverkan.meetings.CalendarFeeds;
import se.samverkan.meetings.GroupView;
import se.samverkan.meetings.ICalendar;
import se.samverkan.meetings.MeetingGroups;
import se.samverkan.meetings.MeetingManagement;
import se.samverkan.meetings.MeetingViews;
import se.samverkan.meetings.MeetingViews.BacklogItemView;
import se.samverkan.meetings.MeetingViews.DecisionView;
import se.samverkan.meetings.MeetingViews.ScheduleState;
import se.samverkan.organisation.SignedInStaff;
import se.samverkan.shared.NotFoundException;
import se.samverkan.shared.Page;
import se.samverkan.shared.PageRequest;

/**
 * Around the meetings: the groups that meet, the agenda backlog, the decision register,
 * whether the steering group meets twice a year (R16), and each user's calendar feed.
 */
@RestController
class GovernanceApiController {

	private final MeetingGroups groups;

	private final MeetingManagement management;

	private final MeetingViews views;

	private final CalendarFeeds feeds;

	private final Clock clock;

	GovernanceApiController(MeetingGroups groups, MeetingManagement management, MeetingViews views, CalendarFeeds feeds,
			Clock clock) {
		this.groups = groups;
		this.management = management;
		this.views = views;
		this.feeds = feeds;
		this.clock = clock;
	}

	@GetMapping("/api/v1/meeting-groups")
	List<GroupView> groups() {
		return this.groups.all();
	}

	@GetMapping("/api/v1/agenda-backlog")
	List<BacklogItemView> backlog(@RequestParam(required = false) UUID groupId) {
		return this.views.backlog((groupId != null) ? groupId : MeetingGroups.STEERING_GROUP);
	}

	@PostMapping("/api/v1/agenda-backlog")
	ResponseEntity<BacklogItemView> propose(@AuthenticationPrincipal SignedInStaff me,
			@Valid @RequestBody ProposalRequest request) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(this.management.propose(me, request.groupId(), request.title(), request.matterId()));
	}

	@GetMapping("/api/v1/decisions")
	Page<DecisionView> decisions(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate reviewBy,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return this.views.decisions(reviewBy, PageRequest.of(page, size));
	}

	@GetMapping("/api/v1/steering-group/schedule")
	ScheduleState schedule(@RequestParam(required = false) Integer year) {
		return this.views.steeringGroupSchedule((year != null) ? year : LocalDate.now(this.clock).getYear());
	}

	@GetMapping("/api/v1/me/calendar-feed")
	Map<String, String> feed(@AuthenticationPrincipal SignedInStaff me) {
		return Map.of("url", this.feeds.feedUrl(me.staffId()));
	}

	@PostMapping("/api/v1/me/calendar-feed/regeneration")
	Map<String, String> regenerate(@AuthenticationPrincipal SignedInStaff me) {
		return Map.of("url", this.feeds.regenerate(me.staffId()));
	}

	/** The feed itself: no sign-in, the token in the address is the key. */
	@GetMapping("/api/v1/calendar-feeds/{token}.ics")
	ResponseEntity<byte[]> calendar(@PathVariable String token) {
		byte[] body = this.feeds.feed(token).orElseThrow(NotFoundException::new);
		return ResponseEntity.ok().contentType(MediaType.parseMediaType(ICalendar.MEDIA_TYPE)).body(body);
	}

	record ProposalRequest(UUID groupId, @NotBlank String title, UUID matterId) {
	}

}

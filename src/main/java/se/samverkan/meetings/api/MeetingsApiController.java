package se.samverkan.meetings.api;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import se.samverkan.meetings.DecisionText;
import se.samverkan.meetings.ICalendar;
import se.samverkan.meetings.ItemMinutes;
import se.samverkan.meetings.MeetingManagement;
import se.samverkan.meetings.MeetingSchedule;
import se.samverkan.meetings.MeetingViews;
import se.samverkan.meetings.MeetingViews.ActionItemView;
import se.samverkan.meetings.MeetingViews.AgendaItemView;
import se.samverkan.meetings.MeetingViews.MeetingSummary;
import se.samverkan.meetings.MeetingViews.MeetingView;
import se.samverkan.meetings.MinutesPdf;
import se.samverkan.meetings.Outcome;
import se.samverkan.organisation.SignedInStaff;
import se.samverkan.shared.Page;
import se.samverkan.shared.PageRequest;
import se.samverkan.shared.web.Versions;

/**
 * Meetings (R16, R20): everyone signed in reads them; conveners plan, change, cancel and
 * write minutes; the group's members add agenda items; attendees approve the minutes.
 */
@RestController
@RequestMapping("/api/v1/meetings")
class MeetingsApiController {

	private final MeetingManagement management;

	private final MeetingViews views;

	private final ICalendar calendar;

	private final MinutesPdf pdf;

	MeetingsApiController(MeetingManagement management, MeetingViews views, ICalendar calendar, MinutesPdf pdf) {
		this.management = management;
		this.views = views;
		this.calendar = calendar;
		this.pdf = pdf;
	}

	@PostMapping
	ResponseEntity<MeetingView> plan(@AuthenticationPrincipal SignedInStaff me,
			@Valid @RequestBody MeetingRequest request) {
		MeetingView planned = this.management.plan(me, request.groupId(), request.schedule());
		URI location = ServletUriComponentsBuilder.fromCurrentRequestUri()
			.path("/{id}")
			.buildAndExpand(planned.id())
			.toUri();
		return ResponseEntity.created(location).body(planned);
	}

	@GetMapping
	Page<MeetingSummary> list(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) UUID groupId, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return this.views.meetings(start(from), start((to != null) ? to.plusDays(1) : null), groupId,
				PageRequest.of(page, size));
	}

	@GetMapping("/{id}")
	ResponseEntity<MeetingView> read(@PathVariable UUID id) {
		MeetingView meeting = this.views.meeting(id);
		return ResponseEntity.ok().eTag("\"" + meeting.version() + "\"").body(meeting);
	}

	@GetMapping(path = "/{id}.ics")
	ResponseEntity<byte[]> ics(@PathVariable UUID id) {
		MeetingView meeting = this.views.meeting(id);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(ICalendar.MEDIA_TYPE))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("mote-" + id + ".ics").build().toString())
			.body(this.calendar.of(meeting));
	}

	@GetMapping(path = "/{id}/minutes.pdf")
	ResponseEntity<byte[]> minutesPdf(@PathVariable UUID id, Locale locale) {
		MeetingView meeting = this.views.meeting(id);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("protokoll-" + id + ".pdf").build().toString())
			.body(this.pdf.render(meeting, locale));
	}

	@PutMapping("/{id}")
	MeetingView reschedule(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch,
			@Valid @RequestBody MeetingRequest request) {
		return this.management.reschedule(me, id, Versions.fromIfMatch(ifMatch), request.schedule());
	}

	@PostMapping("/{id}/cancellation")
	MeetingView cancel(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		return this.management.cancel(me, id, Versions.fromIfMatch(ifMatch));
	}

	@PostMapping("/{id}/agenda-items")
	ResponseEntity<?> addAgendaItem(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID id,
			@RequestBody AgendaItemRequest request) {
		if (request.backlogItemId() != null) {
			MeetingView meeting = this.management.schedule(me, id, request.backlogItemId());
			return ResponseEntity.status(201).body(meeting.agenda().get(meeting.agenda().size() - 1));
		}
		AgendaItemView item = this.management.addAgendaItem(me, id, request.title(), request.matterId());
		return ResponseEntity.status(201).body(item);
	}

	@PutMapping("/{id}/minutes")
	MeetingView writeMinutes(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch,
			@Valid @RequestBody MinutesRequest request) {
		List<ItemMinutes> items = (request.items() != null) ? request.items()
			.stream()
			.map((item) -> new ItemMinutes(item.agendaItemId(), item.notes(), item.outcome(),
					(item.decisions() != null) ? item.decisions()
						.stream()
						.map((d) -> (d != null) ? new DecisionText(d.text(), d.reviewOn()) : null)
						.toList() : List.of(),
					Boolean.TRUE.equals(item.unfinished())))
			.toList() : List.of();
		return this.management.writeMinutes(me, id, Versions.fromIfMatch(ifMatch),
				new LinkedHashSet<>(request.attendeeStaffIds()), items);
	}

	@PostMapping("/{id}/minutes/submission")
	MeetingView submitMinutes(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		return this.management.submitMinutes(me, id, Versions.fromIfMatch(ifMatch));
	}

	@PostMapping("/{id}/minutes/approvals")
	MeetingView approveMinutes(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID id) {
		return this.management.approveMinutes(me, id);
	}

	@PostMapping("/{id}/action-items")
	ResponseEntity<ActionItemView> addAction(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID id,
			@Valid @RequestBody ActionItemRequest request) {
		return ResponseEntity.status(201)
			.body(this.management.addAction(me, id, request.title(), request.responsibleStaffId(), request.dueOn(),
					request.agendaItemId()));
	}

	private static Instant start(LocalDate date) {
		return (date != null) ? date.atStartOfDay(java.time.ZoneId.of("Europe/Stockholm")).toInstant() : null;
	}

	record MeetingRequest(UUID groupId, @NotBlank String title, @NotNull OffsetDateTime startsAt,
			@NotNull OffsetDateTime endsAt, String location, String videoLink) {

		MeetingSchedule schedule() {
			return new MeetingSchedule(this.title, this.startsAt.toInstant(), this.endsAt.toInstant(), this.location,
					this.videoLink);
		}

	}

	record AgendaItemRequest(String title, UUID matterId, UUID backlogItemId) {
	}

	record MinutesRequest(@Valid List<ItemRequest> items, @NotNull List<UUID> attendeeStaffIds) {
	}

	record ItemRequest(@NotNull UUID agendaItemId, String notes, Outcome outcome, List<DecisionRequest> decisions,
			Boolean unfinished) {
	}

	/** A decision: its text alone, or {@code {text, reviewOn}}. */
	record DecisionRequest(String text, LocalDate reviewOn) {

		@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
		static DecisionRequest of(String text) {
			return new DecisionRequest(text, null);
		}

	}

	record ActionItemRequest(@NotBlank String title, @NotNull UUID responsibleStaffId, @NotNull LocalDate dueOn,
			UUID agendaItemId) {
	}

}

package se.samverkan.meetings.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.samverkan.matters.MatterManagement;
import se.samverkan.matters.MatterView;
import se.samverkan.meetings.CalendarFeeds;
import se.samverkan.meetings.GroupView;
import se.samverkan.meetings.ICalendar;
import se.samverkan.meetings.MeetingGroups;
import se.samverkan.meetings.MeetingManagement;
import se.samverkan.meetings.MeetingStatus;
import se.samverkan.meetings.MeetingViews;
import se.samverkan.meetings.MeetingViews.MeetingView;
import se.samverkan.meetings.MinutesPdf;
import se.samverkan.meetings.Outcome;
import se.samverkan.organisation.Directory;
import se.samverkan.organisation.SignedInStaff;
import se.samverkan.shared.DomainException;
import se.samverkan.shared.ErrorCode;
import se.samverkan.shared.PageRequest;

/**
 * "Möten": the meetings, planning and changing one, its page with agenda and minutes, the
 * minutes' form, approval, the backlog, the calendar files and the decision register.
 */
@Controller
class MeetingsController {

	static final String LIST = "meetings/meetings";

	static final String FORM = "meetings/meeting-form";

	static final String PAGE = "meetings/meeting";

	static final String MINUTES = "meetings/minutes-form";

	static final String DECISIONS = "meetings/decisions";

	/** Upcoming meetings, and past ones, a page of the meetings page shows. */
	static final int MEETINGS_PAGE_SIZE = 25;

	private final MeetingManagement management;

	private final MeetingViews views;

	private final MeetingGroups groups;

	private final CalendarFeeds feeds;

	private final ICalendar calendar;

	private final MinutesPdf pdf;

	private final Directory directory;

	private final MatterManagement matters;

	private final Clock clock;

	MeetingsController(MeetingManagement management, MeetingViews views, MeetingGroups groups, CalendarFeeds feeds,
			ICalendar calendar, MinutesPdf pdf, Directory directory, MatterManagement matters, Clock clock) {
		this.management = management;
		this.views = views;
		this.groups = groups;
		this.feeds = feeds;
		this.calendar = calendar;
		this.pdf = pdf;
		this.directory = directory;
		this.matters = matters;
		this.clock = clock;
	}

	@GetMapping("/meetings")
	String list(@AuthenticationPrincipal SignedInStaff me, @RequestParam(defaultValue = "0") int upcoming,
			@RequestParam(defaultValue = "0") int past, @RequestParam(required = false) String matterQuery,
			@RequestParam(required = false) UUID matterId, Model model) {
		LocalDate today = LocalDate.now(this.clock);
		ZoneId zone = this.clock.getZone();
		Instant startOfToday = today.atStartOfDay(zone).toInstant();
		model.addAttribute("upcoming", this.views.meetings(startOfToday, null, null,
				new PageRequest(Math.max(upcoming, 0), MEETINGS_PAGE_SIZE)));
		model.addAttribute("past", this.views.meetingsNewestFirst(today.minusYears(1).atStartOfDay(zone).toInstant(),
				startOfToday, null, new PageRequest(Math.max(past, 0), MEETINGS_PAGE_SIZE)));
		model.addAttribute("schedule", this.views.steeringGroupSchedule(today.getYear()));
		model.addAttribute("mayConvene", this.management.mayConvene(me));
		model.addAttribute("mayPropose",
				this.management.mayConvene(me) || this.groups.mayPropose(me.staffId(), MeetingGroups.STEERING_GROUP));
		model.addAttribute("backlog", this.views.backlog(MeetingGroups.STEERING_GROUP));
		model.addAttribute("feedUrl", this.feeds.feedUrl(me.staffId()));
		model.addAttribute("awaitingApproval", this.views.minutesAwaitingApprovalOf(me.staffId()));
		ItemForm proposal = itemForm(model, "proposal", matterId);
		matterChoice(me, matterQuery, proposal.matterId(), model);
		return LIST;
	}

	@PostMapping("/meetings/backlog")
	String propose(@AuthenticationPrincipal SignedInStaff me, @Valid @ModelAttribute("proposal") ItemForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			return list(me, 0, 0, null, null, model);
		}
		try {
			this.management.propose(me, MeetingGroups.STEERING_GROUP, form.title(), form.matterId());
		}
		catch (DomainException ex) {
			reject(binding, ex);
			return list(me, 0, 0, null, null, model);
		}
		redirect.addFlashAttribute("flash", "meetings.backlog.proposed");
		return "redirect:/meetings";
	}

	@PostMapping("/meetings/calendar-feed/regeneration")
	String regenerateFeed(@AuthenticationPrincipal SignedInStaff me, RedirectAttributes redirect) {
		this.feeds.regenerate(me.staffId());
		redirect.addFlashAttribute("flash", "meetings.feed.regenerated");
		return "redirect:/meetings";
	}

	@GetMapping("/meetings/new")
	String planForm(@AuthenticationPrincipal SignedInStaff me, Model model) {
		requireConvener(me);
		model.addAttribute("form", MeetingForm.empty());
		return form(null, model);
	}

	@PostMapping("/meetings")
	String plan(@AuthenticationPrincipal SignedInStaff me, @Valid @ModelAttribute("form") MeetingForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		requireConvener(me);
		checkTimes(form, binding);
		if (binding.hasErrors()) {
			return form(null, model);
		}
		try {
			MeetingView planned = this.management.plan(me, form.groupId(), form.schedule(this.clock.getZone()));
			redirect.addFlashAttribute("flash", "meetings.planned");
			return "redirect:/meetings/" + planned.id();
		}
		catch (DomainException ex) {
			reject(binding, ex);
			return form(null, model);
		}
	}

	@GetMapping("/meetings/{id}/edit")
	String editForm(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID id, Model model) {
		requireConvener(me);
		MeetingView meeting = this.views.meeting(id);
		model.addAttribute("form", MeetingForm.of(meeting, this.clock.getZone()));
		return form(meeting, model);
	}

	@PostMapping("/meetings/{id}/edit")
	String edit(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID id,
			@Valid @ModelAttribute("form") MeetingForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		requireConvener(me);
		MeetingView meeting = this.views.meeting(id);
		checkTimes(form, binding);
		if (binding.hasErrors()) {
			return form(meeting, model);
		}
		try {
			this.management.reschedule(me, id, form.version(), form.schedule(this.clock.getZone()));
		}
		catch (DomainException ex) {
			reject(binding, ex);
			return form(meeting, model);
		}
		redirect.addFlashAttribute("flash", "meetings.changed");
		return "redirect:/meetings/" + id;
	}

	@GetMapping("/meetings/{id}")
	String page(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID id,
			@RequestParam(required = false) String matterQuery, @RequestParam(required = false) UUID matterId,
			Model model) {
		MeetingView meeting = this.views.meeting(id);
		model.addAttribute("m", meeting);
		model.addAttribute("zone", this.clock.getZone());
		boolean convener = this.management.mayConvene(me);
		model.addAttribute("mayConvene", convener);
		boolean open = meeting.status() != MeetingStatus.CANCELLED && meeting.minutesStatus().editable();
		model.addAttribute("mayPropose",
				open && (convener || this.groups.mayPropose(me.staffId(), meeting.group().id())));
		model.addAttribute("open", open);
		model.addAttribute("mayApprove", meeting.awaitsApprovalOf(me.staffId()));
		model.addAttribute("backlog", convener && open ? this.views.backlog(meeting.group().id()) : List.of());
		ItemForm item = itemForm(model, "item", matterId);
		matterChoice(me, matterQuery, item.matterId(), model);
		return PAGE;
	}

	@PostMapping("/meetings/{id}/agenda-items")
	String addItem(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID id,
			@Valid @ModelAttribute("item") ItemForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			return page(me, id, null, null, model);
		}
		try {
			this.management.addAgendaItem(me, id, form.title(), form.matterId());
		}
		catch (DomainException ex) {
			reject(binding, ex);
			return page(me, id, null, null, model);
		}
		redirect.addFlashAttribute("flash", "meetings.item.added");
		return "redirect:/meetings/" + id;
	}

	@PostMapping("/meetings/{id}/agenda-items/scheduled")
	String scheduleItem(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID id,
			@RequestParam UUID backlogItemId, RedirectAttributes redirect) {
		this.management.schedule(me, id, backlogItemId);
		redirect.addFlashAttribute("flash", "meetings.item.added");
		return "redirect:/meetings/" + id;
	}

	@PostMapping("/meetings/{id}/cancellation")
	String cancel(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID id,
			@RequestParam(required = false) Integer version, RedirectAttributes redirect) {
		this.management.cancel(me, id, version);
		redirect.addFlashAttribute("flash", "meetings.cancelled");
		return "redirect:/meetings/" + id;
	}

	@GetMapping("/meetings/{id}/minutes")
	String minutesForm(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID id,
			@RequestParam(required = false) String staffQuery, Model model) {
		requireConvener(me);
		MeetingView meeting = this.views.meeting(id);
		model.addAttribute("form", MinutesForm.of(meeting));
		if (!model.containsAttribute("action")) {
			model.addAttribute("action", ActionForm.empty());
		}
		return minutes(meeting, staffQuery, null, model);
	}

	@PostMapping("/meetings/{id}/minutes")
	String writeMinutes(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID id,
			@ModelAttribute("form") MinutesForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
		requireConvener(me);
		MeetingView meeting = this.views.meeting(id);
		try {
			this.management.writeMinutes(me, id, form.getVersion(), new LinkedHashSet<>(form.getAttendeeStaffIds()),
					form.minutes());
		}
		catch (DomainException ex) {
			if (ex.code() == ErrorCode.STALE_VERSION) {
				binding.reject("meetings.minutes.stale");
			}
			else {
				reject(binding, ex);
			}
			model.addAttribute("action", ActionForm.empty());
			return minutes(meeting, null, null, model);
		}
		redirect.addFlashAttribute("flash", "meetings.minutes.saved");
		return "redirect:/meetings/" + id + "/minutes";
	}

	@PostMapping("/meetings/{id}/action-items")
	String addAction(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID id,
			@Valid @ModelAttribute("action") ActionForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		requireConvener(me);
		MeetingView meeting = this.views.meeting(id);
		if (!binding.hasErrors()) {
			try {
				this.management.addAction(me, id, form.title(), form.responsibleStaffId(), form.dueOn(),
						form.agendaItemId());
				redirect.addFlashAttribute("flash", "meetings.action.added");
				return "redirect:/meetings/" + id + "/minutes";
			}
			catch (DomainException ex) {
				reject(binding, ex);
			}
		}
		model.addAttribute("form", MinutesForm.of(meeting));
		return minutes(meeting, null, form.responsibleStaffId(), model);
	}

	/**
	 * The action's form again, as typed, with the responsible chosen and those the search
	 * finds: nothing is saved.
	 */
	@PostMapping(path = "/meetings/{id}/action-items", params = "search")
	String searchResponsible(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID id,
			@ModelAttribute("action") ActionForm form, BindingResult binding,
			@RequestParam(required = false) String staffQuery, Model model) {
		requireConvener(me);
		MeetingView meeting = this.views.meeting(id);
		model.addAttribute("form", MinutesForm.of(meeting));
		return minutes(meeting, staffQuery, form.responsibleStaffId(), model);
	}

	@PostMapping("/meetings/{id}/minutes/submission")
	String submit(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID id,
			@RequestParam(required = false) Integer version, RedirectAttributes redirect) {
		try {
			this.management.submitMinutes(me, id, version);
		}
		catch (DomainException ex) {
			if (ex.code() == ErrorCode.FORBIDDEN || ex.code() == ErrorCode.NOT_FOUND) {
				throw ex;
			}
			redirect.addFlashAttribute("flash", ex.messageKey());
			return "redirect:/meetings/" + id;
		}
		redirect.addFlashAttribute("flash", "meetings.minutes.submitted");
		return "redirect:/meetings/" + id;
	}

	@PostMapping("/meetings/{id}/minutes/approval")
	String approve(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID id, RedirectAttributes redirect) {
		this.management.approveMinutes(me, id);
		redirect.addFlashAttribute("flash", "meetings.minutes.approved");
		return "redirect:/meetings/" + id;
	}

	@GetMapping("/meetings/{id}.ics")
	ResponseEntity<byte[]> ics(@PathVariable UUID id) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(ICalendar.MEDIA_TYPE))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("mote-" + id + ".ics").build().toString())
			.body(this.calendar.of(this.views.meeting(id)));
	}

	@GetMapping("/meetings/{id}/minutes.pdf")
	ResponseEntity<byte[]> minutesPdf(@PathVariable UUID id, Locale locale) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("protokoll-" + id + ".pdf").build().toString())
			.body(this.pdf.render(this.views.meeting(id), locale));
	}

	@GetMapping("/decisions")
	String decisions(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("decisions", this.views.decisions(null, new PageRequest(Math.max(page, 0), 50)));
		model.addAttribute("today", LocalDate.now(this.clock));
		return DECISIONS;
	}

	/**
	 * The form proposing an item as it was posted, when it is shown again, or a new one
	 * with the matter chosen before a search (which htmx sends along with it).
	 */
	private static ItemForm itemForm(Model model, String name, UUID matterId) {
		if (!model.containsAttribute(name)) {
			model.addAttribute(name, new ItemForm("", matterId));
		}
		return (ItemForm) model.getAttribute(name);
	}

	/**
	 * The matters the user may link to an item: the open ones they handle whose title
	 * matches the search, at most 200, and the one already chosen, which stays an option
	 * when the form is shown again even if the search or the 200 leave it out. The choice
	 * is offered when there is something to choose or a handler searched.
	 */
	private void matterChoice(SignedInStaff me, String matterQuery, UUID chosen, Model model) {
		List<MatterView.Listed> found = this.matters.openMatters(me, matterQuery, PageRequest.MAX_SIZE);
		List<MatterView.Listed> options = new ArrayList<>(found);
		if (chosen != null && found.stream().noneMatch((matter) -> matter.id().equals(chosen))) {
			this.matters.linkable(me, chosen).ifPresent((matter) -> options.add(0, matter));
		}
		model.addAttribute("matterQuery", matterQuery);
		model.addAttribute("matterOptions", options);
		model.addAttribute("matterMatches", found.size());
		model.addAttribute("offerMatters",
				!options.isEmpty() || (StringUtils.hasText(matterQuery) && this.matters.handles(me)));
	}

	private String form(MeetingView meeting, Model model) {
		model.addAttribute("meeting", meeting);
		List<GroupView> groups = this.groups.all();
		model.addAttribute("groups", groups);
		return FORM;
	}

	/**
	 * The minutes' form and the action's, whose responsible is chosen among the staff the
	 * search finds (at most {@link PageRequest#MAX_SIZE}) and the one chosen, who stays
	 * an option when the action is shown again after an error or a search.
	 */
	private String minutes(MeetingView meeting, String staffQuery, UUID responsible, Model model) {
		model.addAttribute("m", meeting);
		model.addAttribute("zone", this.clock.getZone());
		model.addAttribute("outcomes", Outcome.values());
		model.addAttribute("candidates", meeting.invitees());
		model.addAttribute("staff", this.directory.staffChoice(staffQuery,
				this.directory.activeStaff(staffQuery, PageRequest.MAX_SIZE), Collections.singleton(responsible)));
		return MINUTES;
	}

	private static void checkTimes(MeetingForm form, BindingResult binding) {
		if (form.startTime() != null && form.endTime() != null && !form.endTime().isAfter(form.startTime())) {
			binding.rejectValue("endTime", "error.meeting.ends-before-start");
		}
	}

	private static void reject(BindingResult binding, DomainException ex) {
		if (ex.code() == ErrorCode.FORBIDDEN || ex.code() == ErrorCode.NOT_FOUND) {
			throw ex;
		}
		if (ex.code() == ErrorCode.STALE_VERSION) {
			binding.reject("meetings.stale");
			return;
		}
		binding.reject(ex.messageKey(), ex.arguments(), ex.messageKey());
	}

	private void requireConvener(SignedInStaff me) {
		if (!this.management.mayConvene(me)) {
			throw new DomainException(ErrorCode.FORBIDDEN, "error.meeting.conveners-only");
		}
	}

}

package se.samverkan.workinggroups.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.samverkan.activityplans.DirectiveManagement;
import se.samverkan.activityplans.DirectiveView;
import se.samverkan.organisation.Directory;
import se.samverkan.organisation.Directory.Choice;
import se.samverkan.organisation.Directory.StaffView;
import se.samverkan.organisation.SignedInStaff;
import se.samverkan.shared.DomainException;
import se.samverkan.shared.ErrorCode;
import se.samverkan.shared.NotFoundException;
import se.samverkan.shared.PageRequest;
import se.samverkan.steeringgroup.SteeringGroup;
import se.samverkan.workinggroups.ProgressCsv;
import se.samverkan.workinggroups.ReportKind;
import se.samverkan.workinggroups.WorkingGroup;
import se.samverkan.workinggroups.WorkingGroupManagement;
import se.samverkan.workinggroups.WorkingGroupView;

/**
 * "Arbetsgrupper": every activity's progress at a glance with the CSV export, the groups,
 * forming one, and a group's page where the lead recruits members, keeps the plan and
 * reports, and managers approve their staff's mandates (R13, R17, R18).
 */
@Controller
class WorkingGroupsController {

	/** Groups on a page of the list. */
	static final int PAGE_SIZE = 20;

	static final String LIST = "workinggroups/groups";

	static final String GROUP = "workinggroups/group";

	static final String FORM = "workinggroups/group-form";

	private final WorkingGroupManagement groups;

	private final DirectiveManagement directives;

	private final SteeringGroup steeringGroup;

	private final Directory directory;

	private final Clock clock;

	WorkingGroupsController(WorkingGroupManagement groups, DirectiveManagement directives, SteeringGroup steeringGroup,
			Directory directory, Clock clock) {
		this.groups = groups;
		this.directives = directives;
		this.steeringGroup = steeringGroup;
		this.directory = directory;
		this.clock = clock;
	}

	@GetMapping("/working-groups")
	String list(@AuthenticationPrincipal SignedInStaff me, @RequestParam(required = false) Integer year,
			@RequestParam(defaultValue = "0") int page, Model model) {
		int which = (year != null) ? year : LocalDate.now(this.clock).getYear();
		model.addAttribute("year", which);
		model.addAttribute("progress", this.groups.progress(which));
		model.addAttribute("groups", this.groups.all(new PageRequest(Math.max(page, 0), PAGE_SIZE)));
		model.addAttribute("mayForm", this.groups.mayForm(me));
		return LIST;
	}

	@GetMapping("/working-groups/progress.csv")
	ResponseEntity<byte[]> csv(@RequestParam(required = false) Integer year) {
		int which = (year != null) ? year : LocalDate.now(this.clock).getYear();
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"aktivitetsplan-" + which + ".csv\"")
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.body(ProgressCsv.of(this.groups.progress(which)).getBytes(StandardCharsets.UTF_8));
	}

	@GetMapping("/working-groups/new")
	String newGroup(@AuthenticationPrincipal SignedInStaff me, @RequestParam(required = false) UUID directiveId,
			Model model) {
		if (!this.groups.mayForm(me)) {
			throw new DomainException(ErrorCode.FORBIDDEN, "error.activity-plan.steering-group-only");
		}
		return form(model, directiveId, null, "", null);
	}

	@PostMapping("/working-groups")
	String formGroup(@AuthenticationPrincipal SignedInStaff me, @RequestParam(required = false) UUID directiveId,
			@RequestParam(required = false) UUID leadStaffId, @RequestParam(required = false) String name, Model model,
			RedirectAttributes redirect) {
		try {
			DirectiveView directive = (directiveId != null) ? this.directives.find(directiveId).orElse(null) : null;
			WorkingGroupView group = this.groups.form(me, (directive != null) ? directive.activityId() : null,
					directiveId, leadStaffId, name);
			redirect.addFlashAttribute("flash", "workinggroups.formed");
			return "redirect:/working-groups/" + group.id();
		}
		catch (DomainException ex) {
			if (ex instanceof NotFoundException || ex.code() == ErrorCode.FORBIDDEN) {
				throw ex;
			}
			return form(model, directiveId, leadStaffId, name, ex.messageKey());
		}
	}

	private String form(Model model, UUID directiveId, UUID leadStaffId, String name, String refusal) {
		model.addAttribute("directives",
				this.directives.all()
					.stream()
					.map((d) -> new Option(d.id().toString(), d.year() + ": " + d.activityTitle()))
					.toList());
		model.addAttribute("leads",
				this.steeringGroup.members()
					.stream()
					.map((m) -> new Option(m.staffId().toString(), m.displayName()))
					.toList());
		model.addAttribute("directiveId", directiveId);
		model.addAttribute("leadStaffId", leadStaffId);
		model.addAttribute("name", name);
		model.addAttribute("refusal", refusal);
		return FORM;
	}

	@GetMapping("/working-groups/{id}")
	String group(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID id,
			@RequestParam(required = false) String staffQuery, Model model) {
		return group(me, id, staffQuery, null, null, model);
	}

	/**
	 * Recruits a member; a refusal shows the page again with the person and the mandate
	 * as posted, so that the person stays chosen though the first 200 leave them out.
	 */
	@PostMapping("/working-groups/{id}/members")
	String recruit(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID id,
			@RequestParam(required = false) UUID staffId, @RequestParam(required = false) String mandate,
			@RequestParam(required = false) Integer version, Model model, RedirectAttributes redirect) {
		return act(id, redirect, "workinggroups.recruited",
				() -> this.groups.recruit(me, id, staffId, mandate, version), (refusal) -> {
					model.addAttribute("refusal", refusal);
					return group(me, id, null, staffId, mandate, model);
				});
	}

	/**
	 * The recruiting form again, with the person chosen and the mandate as typed and the
	 * staff the search finds: nothing is saved.
	 */
	@PostMapping(path = "/working-groups/{id}/members", params = "search")
	String searchMember(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID id,
			@RequestParam(required = false) UUID staffId, @RequestParam(required = false) String mandate,
			@RequestParam(required = false) String staffQuery, Model model) {
		if (!this.groups.mayLead(me, id)) {
			throw new DomainException(ErrorCode.FORBIDDEN, "error.working-group.lead-only");
		}
		return group(me, id, staffQuery, staffId, mandate, model);
	}

	@PostMapping("/working-groups/{id}/members/{staffId}/mandate-approval")
	String approveMandate(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID id, @PathVariable UUID staffId,
			RedirectAttributes redirect) {
		return act(id, redirect, "workinggroups.mandateApproved",
				() -> this.groups.approveMandate(me, id, staffId, null));
	}

	@PostMapping("/working-groups/{id}/plan")
	String plan(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID id,
			@RequestParam(name = "milestoneTitle", required = false) List<String> titles,
			@RequestParam(name = "milestoneDue",
					required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) List<LocalDate> dues,
			@RequestParam(name = "milestoneDone", required = false) List<Integer> done,
			@RequestParam(required = false) Integer version, RedirectAttributes redirect) {
		List<WorkingGroup.PlannedMilestone> milestones = new ArrayList<>();
		List<String> t = (titles != null) ? titles : List.of();
		List<LocalDate> d = (dues != null) ? dues : List.of();
		for (int i = 0; i < t.size(); i++) {
			LocalDate due = (i < d.size()) ? d.get(i) : null;
			if ((t.get(i) == null || t.get(i).isBlank()) && due == null) {
				continue;
			}
			milestones.add(new WorkingGroup.PlannedMilestone(t.get(i), due, done != null && done.contains(i)));
		}
		return act(id, redirect, "workinggroups.planSaved", () -> this.groups.plan(me, id, milestones, version));
	}

	@PostMapping("/working-groups/{id}/reports")
	String report(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID id,
			@RequestParam(required = false) ReportKind kind, @RequestParam(required = false) String text,
			@RequestParam(required = false) Integer version, RedirectAttributes redirect) {
		return act(id, redirect, "workinggroups.reported", () -> this.groups.report(me, id, kind, text, version));
	}

	private String act(UUID id, RedirectAttributes redirect, String flash, Runnable command) {
		return act(id, redirect, flash, command, (refusal) -> {
			redirect.addFlashAttribute("refusal", refusal);
			return "redirect:/working-groups/" + id;
		});
	}

	/**
	 * Runs the command: then back to the group with a flash message; a refusal, or a
	 * change by someone else meanwhile, goes to {@code refused} with its message key.
	 */
	private String act(UUID id, RedirectAttributes redirect, String flash, Runnable command,
			Function<String, String> refused) {
		try {
			command.run();
		}
		catch (DomainException ex) {
			if (ex instanceof NotFoundException || ex.code() == ErrorCode.FORBIDDEN) {
				throw ex;
			}
			return refused.apply(ex.messageKey());
		}
		catch (OptimisticLockingFailureException ex) {
			return refused.apply("error.stale-version");
		}
		redirect.addFlashAttribute("flash", flash);
		return "redirect:/working-groups/" + id;
	}

	/**
	 * The group's page; for its lead the form recruiting a member, whose person is chosen
	 * among the staff the search finds (at most {@link PageRequest#MAX_SIZE}) and the one
	 * chosen, with the mandate as typed.
	 */
	private String group(SignedInStaff me, UUID id, String staffQuery, UUID chosen, String mandate, Model model) {
		WorkingGroupView group = this.groups.group(id);
		model.addAttribute("group", group);
		model.addAttribute("mayLead", this.groups.mayLead(me, id));
		model.addAttribute("me", me);
		model.addAttribute("staffQuery", staffQuery);
		Choice<StaffView> staff = this.directory.staffChoice(staffQuery,
				this.directory.activeStaff(staffQuery, PageRequest.MAX_SIZE), Collections.singleton(chosen));
		model.addAttribute("staff",
				staff.options()
					.stream()
					.map((s) -> new Option(s.id().toString(), s.displayName() + " (" + s.unitName() + ")"))
					.toList());
		model.addAttribute("staffMatches", staff.matches().size());
		model.addAttribute("chosenStaffId", (chosen != null) ? chosen.toString() : null);
		model.addAttribute("mandate", mandate);
		model.addAttribute("kinds", ReportKind.values());
		return GROUP;
	}

}

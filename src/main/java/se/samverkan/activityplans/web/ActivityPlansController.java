package se.samverkan.activityplans.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.samverkan.activityplans.ActivityPlanManagement;
import se.samverkan.activityplans.ActivityPlanPdf;
import se.samverkan.activityplans.ActivityPlanView;
import se.samverkan.activityplans.ApprovalStatus;
import se.samverkan.activityplans.PlanPage;
import se.samverkan.organisation.Directory;
import se.samverkan.organisation.SignedInStaff;
import se.samverkan.organisation.StaffFunction;
import se.samverkan.shared.DomainException;
import se.samverkan.shared.ErrorCode;
import se.samverkan.shared.NotFoundException;
import se.samverkan.shared.PageRequest;

/**
 * "Aktivitetsplan": the plans by year, a plan with its activities and who has approved it
 * and who is still pending, the forms to draft, submit, approve and send back, earlier
 * revisions and the PDF (R12, R17, R22).
 */
@Controller
class ActivityPlansController {

	static final String LIST = "activityplans/plans";

	static final String PLAN = "activityplans/plan";

	static final String ACTIVITY_FORM = "activityplans/activity-form";

	/** The most people, or units, a select of the activity form lists. */
	static final int CHOICE_LIMIT = PageRequest.MAX_SIZE;

	/** Whom the activity form offers as responsible. */
	private static final Set<StaffFunction> RESPONSIBLE = Set.of(StaffFunction.MAR, StaffFunction.CONVENER,
			StaffFunction.HEAD_OF_OPERATIONS, StaffFunction.OPERATIONS_DEVELOPER, StaffFunction.MANAGER);

	private final ActivityPlanManagement plans;

	private final ActivityPlanPdf pdf;

	private final Directory directory;

	private final Clock clock;

	ActivityPlansController(ActivityPlanManagement plans, ActivityPlanPdf pdf, Directory directory, Clock clock) {
		this.plans = plans;
		this.pdf = pdf;
		this.directory = directory;
		this.clock = clock;
	}

	@GetMapping("/activity-plans")
	String list(@AuthenticationPrincipal SignedInStaff me, Model model) {
		model.addAttribute("plans", this.plans.plans());
		model.addAttribute("mayDraft", this.plans.mayDraft(me));
		model.addAttribute("nextYear", LocalDate.now(this.clock).getYear() + 1);
		return LIST;
	}

	@PostMapping("/activity-plans")
	String draft(@AuthenticationPrincipal SignedInStaff me, @RequestParam(required = false) Integer year,
			RedirectAttributes redirect) {
		if (year == null) {
			throw new DomainException(ErrorCode.VALIDATION_FAILED, "error.activity-plan.year-invalid");
		}
		ActivityPlanView plan = this.plans.planFor(year).orElseGet(() -> this.plans.draft(me, year));
		redirect.addFlashAttribute("flash", "activityplans.drafted");
		return "redirect:/activity-plans/" + plan.id();
	}

	@GetMapping("/activity-plans/{id}")
	String plan(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID id, Model model) {
		PlanPage page = this.plans.planPage(me, id);
		model.addAttribute("plan", page.plan());
		model.addAttribute("revisions", page.revisions());
		model.addAttribute("mayDraft", page.mayDraft());
		model.addAttribute("mayDecide", page.mayDecide());
		model.addAttribute("archived", false);
		return PLAN;
	}

	@GetMapping("/activity-plans/{id}/revisions/{revision}")
	String revision(@PathVariable UUID id, @PathVariable int revision, Model model) {
		model.addAttribute("plan", this.plans.revision(id, revision));
		model.addAttribute("revisions", List.of());
		model.addAttribute("mayDraft", false);
		model.addAttribute("mayDecide", false);
		model.addAttribute("archived", true);
		return PLAN;
	}

	@GetMapping("/activity-plans/{id}.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable UUID id, Locale locale) {
		ActivityPlanView plan = this.plans.plan(id);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"aktivitetsplan-" + plan.year() + ".pdf\"")
			.contentType(MediaType.APPLICATION_PDF)
			.body(this.pdf.render(plan, locale));
	}

	@PostMapping("/activity-plans/{id}/submission")
	String submit(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID id,
			@RequestParam(required = false) Integer version, RedirectAttributes redirect) {
		return decide(id, redirect, "activityplans.submitted", () -> this.plans.submit(me, id, version));
	}

	@PostMapping("/activity-plans/{id}/approvals")
	String approve(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID id,
			@RequestParam(required = false) Integer version, RedirectAttributes redirect) {
		return decide(id, redirect, "activityplans.approvedForUnit", () -> this.plans.approve(me, id, version));
	}

	@PostMapping("/activity-plans/{id}/send-back")
	String sendBack(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID id,
			@RequestParam(required = false) String reason, @RequestParam(required = false) Integer version,
			RedirectAttributes redirect) {
		return decide(id, redirect, "activityplans.sentBack", () -> this.plans.sendBack(me, id, reason, version));
	}

	private String decide(UUID id, RedirectAttributes redirect, String flash, Runnable command) {
		try {
			command.run();
			redirect.addFlashAttribute("flash", flash);
		}
		catch (DomainException ex) {
			if (ex instanceof NotFoundException || ex.code() == ErrorCode.FORBIDDEN) {
				throw ex;
			}
			redirect.addFlashAttribute("refusal", ex.messageKey());
		}
		catch (org.springframework.dao.OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("refusal", "error.stale-version");
		}
		return "redirect:/activity-plans/" + id;
	}

	@GetMapping("/activity-plans/{id}/activities/new")
	String newActivity(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID id,
			@RequestParam(required = false) String staffQuery, @RequestParam(required = false) String unitQuery,
			Model model) {
		ActivityPlanView plan = this.plans.plan(id);
		requireDrafter(me);
		ActivityForm form = ActivityForm.empty(plan.year(), plan.version());
		model.addAttribute("form", form);
		return activityForm(plan, null, form, staffQuery, unitQuery, model);
	}

	@PostMapping("/activity-plans/{id}/activities")
	String addActivity(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID id,
			@ModelAttribute("form") ActivityForm form, BindingResult binding,
			@RequestParam(required = false) String staffQuery, @RequestParam(required = false) String unitQuery,
			Model model, RedirectAttributes redirect) {
		return Forms.submit(binding, () -> this.plans.addActivity(me, id, form.content(), form.planVersion()),
				"activityplans.activity.saved", "/activity-plans/" + id, ActivityForm.FIELDS, redirect,
				() -> activityForm(this.plans.plan(id), null, form, staffQuery, unitQuery, model));
	}

	/**
	 * The new activity's form again, as typed, with the people and units its searches
	 * find: nothing is saved.
	 */
	@PostMapping(path = "/activity-plans/{id}/activities", params = "search")
	String searchNewActivity(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID id,
			@ModelAttribute("form") ActivityForm form, BindingResult binding,
			@RequestParam(required = false) String staffQuery, @RequestParam(required = false) String unitQuery,
			Model model) {
		requireDrafter(me);
		return activityForm(this.plans.plan(id), null, form, staffQuery, unitQuery, model);
	}

	@GetMapping("/activity-plans/{id}/activities/{activityId}/edit")
	String editActivity(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID id, @PathVariable UUID activityId,
			@RequestParam(required = false) String staffQuery, @RequestParam(required = false) String unitQuery,
			Model model) {
		ActivityPlanView plan = this.plans.plan(id);
		requireDrafter(me);
		ActivityPlanView.ActivityView activity = plan.activities()
			.stream()
			.filter((a) -> a.id().equals(activityId))
			.findFirst()
			.orElseThrow(NotFoundException::new);
		ActivityForm form = ActivityForm.of(activity, plan.version());
		model.addAttribute("form", form);
		return activityForm(plan, activityId, form, staffQuery, unitQuery, model);
	}

	@PostMapping("/activity-plans/{id}/activities/{activityId}")
	String changeActivity(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID id,
			@PathVariable UUID activityId, @ModelAttribute("form") ActivityForm form, BindingResult binding,
			@RequestParam(required = false) String staffQuery, @RequestParam(required = false) String unitQuery,
			Model model, RedirectAttributes redirect) {
		return Forms.submit(binding,
				() -> this.plans.changeActivity(me, id, activityId, form.content(), form.planVersion()),
				"activityplans.activity.saved", "/activity-plans/" + id, ActivityForm.FIELDS, redirect,
				() -> activityForm(this.plans.plan(id), activityId, form, staffQuery, unitQuery, model));
	}

	/**
	 * The activity's form again, as edited, with the people and units its searches find:
	 * nothing is saved.
	 */
	@PostMapping(path = "/activity-plans/{id}/activities/{activityId}", params = "search")
	String searchActivity(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID id,
			@PathVariable UUID activityId, @ModelAttribute("form") ActivityForm form, BindingResult binding,
			@RequestParam(required = false) String staffQuery, @RequestParam(required = false) String unitQuery,
			Model model) {
		requireDrafter(me);
		ActivityPlanView plan = this.plans.plan(id);
		if (plan.activities().stream().noneMatch((a) -> a.id().equals(activityId))) {
			throw new NotFoundException();
		}
		return activityForm(plan, activityId, form, staffQuery, unitQuery, model);
	}

	private void requireDrafter(SignedInStaff me) {
		if (!this.plans.mayDraft(me)) {
			throw new DomainException(ErrorCode.FORBIDDEN, "error.activity-plan.steering-group-only");
		}
	}

	/**
	 * The form with the people and units to choose among: those the searches find (the
	 * staff holding one of {@link #RESPONSIBLE}, the active agreement parties; at most
	 * {@link #CHOICE_LIMIT} each) and those the form has chosen.
	 */
	private String activityForm(ActivityPlanView plan, UUID activityId, ActivityForm form, String staffQuery,
			String unitQuery, Model model) {
		model.addAttribute("plan", plan);
		model.addAttribute("activityId", activityId);
		model.addAttribute("revises", plan.status() == ApprovalStatus.APPROVED);
		model.addAttribute("staff",
				this.directory.staffChoice(staffQuery,
						this.directory.activeStaff(staffQuery, RESPONSIBLE, CHOICE_LIMIT),
						Collections.singleton(form.responsibleStaffId())));
		model.addAttribute("unitQuery", unitQuery);
		model.addAttribute("unitLimit", CHOICE_LIMIT);
		model.addAttribute("units",
				this.directory.unitChoice(unitQuery, this.directory.activeAgreementParties(unitQuery, CHOICE_LIMIT),
						Arrays.asList(form.unit1(), form.unit2(), form.unit3())));
		java.util.LinkedHashMap<String, String> matters = new java.util.LinkedHashMap<>();
		this.plans.prioritisedMatters().forEach((m) -> matters.put(m.id().toString(), m.title()));
		plan.activities().stream().filter((a) -> a.id().equals(activityId)).findFirst().ifPresent((a) -> {
			for (int i = 0; i < a.matterIds().size(); i++) {
				matters.putIfAbsent(a.matterIds().get(i).toString(), a.matterTitles().get(i));
			}
		});
		model.addAttribute("matters",
				matters.entrySet().stream().map((e) -> new Option(e.getKey(), e.getValue())).toList());
		return ACTIVITY_FORM;
	}

	static Map<String, String> none() {
		return Map.of();
	}

}

package se.samverkan.activityplans.web;

import java.util.UUID;

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
import se.samverkan.activityplans.DirectiveManagement;
import se.samverkan.meetings.MeetingViews.DecisionView;
import se.samverkan.organisation.SignedInStaff;
import se.samverkan.shared.DomainException;
import se.samverkan.shared.ErrorCode;

/**
 * "Direktiv": the directives of prioritised activities and the form to issue one (R13).
 */
@Controller
class DirectivesController {

	static final String LIST = "activityplans/directives";

	static final String ONE = "activityplans/directive";

	static final String FORM = "activityplans/directive-form";

	private static final int DECISION_LABEL_MAX = 90;

	private final DirectiveManagement directives;

	private final ActivityPlanManagement plans;

	DirectivesController(DirectiveManagement directives, ActivityPlanManagement plans) {
		this.directives = directives;
		this.plans = plans;
	}

	@GetMapping("/directives")
	String list(@AuthenticationPrincipal SignedInStaff me, Model model) {
		model.addAttribute("directives", this.directives.all());
		model.addAttribute("mayIssue", this.directives.mayIssue(me));
		return LIST;
	}

	@GetMapping("/directives/{id}")
	String directive(@PathVariable UUID id, Model model) {
		model.addAttribute("directive", this.directives.directive(id));
		return ONE;
	}

	@GetMapping("/directives/new")
	String form(@AuthenticationPrincipal SignedInStaff me, @RequestParam(required = false) UUID activityId,
			Model model) {
		if (!this.directives.mayIssue(me)) {
			throw new DomainException(ErrorCode.FORBIDDEN, "error.activity-plan.steering-group-only");
		}
		model.addAttribute("form", DirectiveForm.empty(activityId));
		return form(model);
	}

	@PostMapping("/directives")
	String issue(@AuthenticationPrincipal SignedInStaff me, @ModelAttribute("form") DirectiveForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		return Forms.submit(binding, () -> this.directives.issue(me, form.content()), "activityplans.directive.issued",
				"/directives", DirectiveForm.FIELDS, redirect, () -> form(model));
	}

	private String form(Model model) {
		model.addAttribute("activities",
				this.plans.allActivities()
					.stream()
					.map((a) -> new Option(a.id().toString(), a.year() + ": " + a.title()))
					.toList());
		model.addAttribute("decisions",
				this.directives.decisionsToCite()
					.stream()
					.map((d) -> new Option(d.id().toString(), label(d)))
					.toList());
		return FORM;
	}

	/**
	 * Meeting date, title and the start of the decision's text, to tell decisions apart.
	 */
	private static String label(DecisionView decision) {
		String text = (decision.text().length() > DECISION_LABEL_MAX)
				? decision.text().substring(0, DECISION_LABEL_MAX - 1) + "…" : decision.text();
		return decision.decidedOn() + " " + decision.meetingTitle() + ": " + text;
	}

}

package se.samverkan.matters.web;

import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.dao.OptimisticLockingFailureException;
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

import se.samverkan.matters.MatterCategory;
import se.samverkan.matters.MatterManagement;
import se.samverkan.matters.MatterManagement.MatterFilter;
import se.samverkan.matters.MatterSource;
import se.samverkan.matters.MatterStatus;
import se.samverkan.matters.MatterView;
import se.samverkan.organisation.SignedInStaff;
import se.samverkan.shared.DomainException;
import se.samverkan.shared.ErrorCode;
import se.samverkan.shared.PageRequest;
import se.samverkan.shared.StaleVersionException;

/**
 * Matters in the browser: the list with its filters, the report form, and a matter's page
 * with its whole trail and, for conveners and members, the handling forms.
 */
@Controller
class MattersController {

	static final String LIST_VIEW = "matters/matters";

	static final String FORM_VIEW = "matters/report";

	static final String MATTER_VIEW = "matters/matter";

	static final int PAGE_SIZE = 25;

	static final String STALE = "matters.stale";

	private static final Map<String, String> REPORT_FIELDS = Map.of("error.matter.title-required", "title",
			"error.matter.title-too-long", "title", "error.matter.description-required", "description",
			"error.matter.description-too-long", "description", "error.matter.category-required", "category",
			"error.matter.source-required", "source");

	private final MatterManagement matters;

	MattersController(MatterManagement matters) {
		this.matters = matters;
	}

	@GetMapping("/matters")
	String list(@AuthenticationPrincipal SignedInStaff me, @RequestParam(required = false) MatterStatus status,
			@RequestParam(required = false) MatterCategory category,
			@RequestParam(required = false) MatterSource source, @RequestParam(defaultValue = "0") int page,
			Model model) {
		model.addAttribute("matters", this.matters.matters(me, new MatterFilter(status, category, source, null),
				new PageRequest(Math.max(page, 0), PAGE_SIZE)));
		model.addAttribute("status", status);
		model.addAttribute("category", category);
		model.addAttribute("source", source);
		model.addAttribute("handler", this.matters.handles(me));
		options(model);
		return LIST_VIEW;
	}

	@GetMapping("/matters/new")
	String reportForm(Model model) {
		model.addAttribute("form", MatterForm.empty());
		options(model);
		return FORM_VIEW;
	}

	@PostMapping("/matters")
	String report(@AuthenticationPrincipal SignedInStaff me, @Valid @ModelAttribute("form") MatterForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		if (!binding.hasErrors()) {
			try {
				MatterView matter = this.matters.report(me, form.command());
				redirect.addFlashAttribute("flash", "matters.reported");
				return "redirect:/matters/" + matter.id();
			}
			catch (DomainException ex) {
				reject(binding, ex, REPORT_FIELDS);
			}
		}
		options(model);
		return FORM_VIEW;
	}

	@GetMapping("/matters/{id}")
	String matter(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID id, Model model) {
		MatterView matter = this.matters.matter(me, id);
		model.addAttribute("transition",
				new TransitionForm(matter.next().isEmpty() ? null : matter.next().get(0), "", matter.version()));
		model.addAttribute("note", new NoteForm("", matter.version()));
		return page(matter, model);
	}

	@PostMapping("/matters/{id}/transitions")
	String transition(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID id,
			@Valid @ModelAttribute("transition") TransitionForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		if (!binding.hasErrors()) {
			try {
				this.matters.transition(me, id, form.to(), form.comment(), form.version());
				redirect.addFlashAttribute("flash", "matters.moved");
				return "redirect:/matters/" + id;
			}
			catch (StaleVersionException | OptimisticLockingFailureException ex) {
				MatterView current = this.matters.matter(me, id);
				model.addAttribute("transition", form.withVersion(current.version()));
				model.addAttribute("note", new NoteForm("", current.version()));
				model.addAttribute("staleTransition", true);
				return page(current, model);
			}
			catch (DomainException ex) {
				reject(binding, ex,
						Map.of("error.matter.answer-required", "comment", "error.matter.comment-too-long", "comment"));
			}
		}
		MatterView matter = this.matters.matter(me, id);
		model.addAttribute("note", new NoteForm("", matter.version()));
		return page(matter, model);
	}

	@PostMapping("/matters/{id}/notes")
	String note(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID id,
			@Valid @ModelAttribute("note") NoteForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		if (!binding.hasErrors()) {
			try {
				this.matters.note(me, id, form.text(), form.version());
				redirect.addFlashAttribute("flash", "matters.noted");
				return "redirect:/matters/" + id;
			}
			catch (StaleVersionException | OptimisticLockingFailureException ex) {
				MatterView current = this.matters.matter(me, id);
				model.addAttribute("note", form.withVersion(current.version()));
				model.addAttribute("staleNote", true);
				model.addAttribute("transition", new TransitionForm(null, "", current.version()));
				return page(current, model);
			}
			catch (DomainException ex) {
				reject(binding, ex, Map.of("error.matter.note-required", "text", "error.matter.note-too-long", "text"));
			}
		}
		MatterView matter = this.matters.matter(me, id);
		model.addAttribute("transition", new TransitionForm(null, "", matter.version()));
		return page(matter, model);
	}

	private String page(MatterView matter, Model model) {
		model.addAttribute("matter", matter);
		return MATTER_VIEW;
	}

	private static void options(Model model) {
		model.addAttribute("statuses", MatterStatus.values());
		model.addAttribute("categories", MatterCategory.values());
		model.addAttribute("sources", MatterSource.values());
	}

	/**
	 * Shows a refusal next to the field it concerns, or at the top of the form (e.g. a
	 * personal identity number, which may be in any field).
	 */
	static void reject(BindingResult binding, DomainException ex, Map<String, String> fieldByMessageKey) {
		if (ex.code() == ErrorCode.FORBIDDEN || ex.code() == ErrorCode.NOT_FOUND) {
			throw ex;
		}
		String field = fieldByMessageKey.get(ex.messageKey());
		if (field != null) {
			binding.rejectValue(field, ex.messageKey(), ex.arguments(), ex.messageKey());
		}
		else {
			binding.reject(ex.messageKey(), ex.arguments(), ex.messageKey());
		}
	}

}

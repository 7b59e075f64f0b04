package se.samverkan.organisation.web;

import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.samverkan.organisation.Directory;
import se.samverkan.organisation.Directory.UnitView;
import se.samverkan.organisation.OrganisationManagement;
import se.samverkan.organisation.SignedInStaff;
import se.samverkan.organisation.UnitDescription;
import se.samverkan.shared.DomainException;
import se.samverkan.shared.ErrorCode;
import se.samverkan.shared.NotFoundException;
import se.samverkan.shared.StaleVersionException;

/**
 * A unit's staff edit its description (R19). Whether someone may is decided by
 * {@link OrganisationManagement}; others get the 403 page.
 */
@Controller
class DescriptionController {

	static final String VIEW = "organisation/description-form";

	private final Directory directory;

	private final OrganisationManagement management;

	DescriptionController(Directory directory, OrganisationManagement management) {
		this.directory = directory;
		this.management = management;
	}

	@GetMapping("/directory/units/{id}/description")
	String form(@PathVariable UUID id, @AuthenticationPrincipal SignedInStaff me, Model model) {
		UnitView unit = this.directory.unit(id).orElseThrow(NotFoundException::new);
		if (!this.management.mayEditDescription(me, id)) {
			throw new DomainException(ErrorCode.FORBIDDEN, "error.description-own-unit-only");
		}
		model.addAttribute("unit", unit);
		model.addAttribute("form", DescriptionForm.of(this.management.description(id)));
		return VIEW;
	}

	@PostMapping("/directory/units/{id}/description")
	String save(@PathVariable UUID id, @AuthenticationPrincipal SignedInStaff me,
			@Valid @ModelAttribute("form") DescriptionForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		UnitView unit = this.directory.unit(id).orElseThrow(NotFoundException::new);
		model.addAttribute("unit", unit);
		if (binding.hasErrors()) {
			return VIEW;
		}
		try {
			this.management.editDescription(me, id, form.version(), form.mission(), form.responsibilities(),
					form.routines(), form.contactInfo());
		}
		catch (StaleVersionException | OptimisticLockingFailureException | DuplicateKeyException ex) {
			UnitDescription current = this.management.description(id);
			model.addAttribute("current", current);
			Forms.rebind(model, "form", form.withVersion(current.version())).reject("organisation.description.stale");
			return VIEW;
		}
		redirect.addFlashAttribute("flash", "organisation.description.saved");
		return "redirect:/directory/units/" + id;
	}

}

package se.samverkan.organisation.web;

import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.samverkan.organisation.Directory;
import se.samverkan.organisation.Directory.UnitView;
import se.samverkan.organisation.OrganisationManagement;
import se.samverkan.organisation.UnitKind;
import se.samverkan.shared.DomainException;
import se.samverkan.shared.NotFoundException;
import se.samverkan.shared.PageRequest;
import se.samverkan.shared.StaleVersionException;

/** Administrators establish and change units. */
@Controller
class UnitAdminController {

	static final String LIST_VIEW = "organisation/admin/unit-list";

	static final String FORM_VIEW = "organisation/admin/unit-form";

	static final int PAGE_SIZE = 50;

	private static final Map<String, String> FIELDS = Map.of("error.name-taken", "name", "error.principal-unknown",
			"principalId");

	private final Directory directory;

	private final OrganisationManagement management;

	UnitAdminController(Directory directory, OrganisationManagement management) {
		this.directory = directory;
		this.management = management;
	}

	@GetMapping("/admin/units")
	String list(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("units", this.directory.units(null, null, new PageRequest(Math.max(page, 0), PAGE_SIZE)));
		return LIST_VIEW;
	}

	@GetMapping("/admin/units/new")
	String newForm(Model model) {
		model.addAttribute("form", UnitForm.empty());
		return form(null, model);
	}

	@PostMapping("/admin/units/new")
	String create(@Valid @ModelAttribute("form") UnitForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			return form(null, model);
		}
		try {
			this.management.establishUnit(form.principalId(), form.name(), form.kind(), form.isAgreementParty());
		}
		catch (DomainException ex) {
			Forms.reject(binding, ex, FIELDS);
			return form(null, model);
		}
		redirect.addFlashAttribute("flash", "organisation.admin.units.created");
		return "redirect:/admin/units";
	}

	@GetMapping("/admin/units/{id}/edit")
	String editForm(@PathVariable UUID id, Model model) {
		UnitView unit = unit(id);
		model.addAttribute("form", UnitForm.of(unit));
		return form(unit, model);
	}

	@PostMapping("/admin/units/{id}/edit")
	String save(@PathVariable UUID id, @Valid @ModelAttribute("form") UnitForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		UnitView unit = unit(id);
		if (binding.hasErrors()) {
			return form(unit, model);
		}
		try {
			this.management.changeUnit(id, form.version(), form.principalId(), form.name(), form.kind(),
					form.isAgreementParty(), form.isActive());
		}
		catch (StaleVersionException | OptimisticLockingFailureException ex) {
			UnitView current = unit(id);
			Forms.rebind(model, "form", form.withVersion(current.version())).reject("organisation.admin.stale");
			return form(current, model);
		}
		catch (DomainException ex) {
			Forms.reject(binding, ex, FIELDS);
			return form(unit, model);
		}
		redirect.addFlashAttribute("flash", "organisation.admin.saved");
		return "redirect:/admin/units";
	}

	private UnitView unit(UUID id) {
		return this.directory.unit(id).orElseThrow(NotFoundException::new);
	}

	private String form(UnitView unit, Model model) {
		model.addAttribute("unit", unit);
		model.addAttribute("principals", this.directory.principals(null));
		model.addAttribute("kinds", UnitKind.values());
		return FORM_VIEW;
	}

}

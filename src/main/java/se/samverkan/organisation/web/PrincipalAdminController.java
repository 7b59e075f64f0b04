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
import se.samverkan.organisation.Directory.PrincipalView;
import se.samverkan.organisation.OrganisationManagement;
import se.samverkan.organisation.PrincipalKind;
import se.samverkan.shared.DomainException;
import se.samverkan.shared.NotFoundException;
import se.samverkan.shared.PageRequest;
import se.samverkan.shared.StaleVersionException;

/** Administrators register and change principals (huvudmän). */
@Controller
class PrincipalAdminController {

	static final String LIST_VIEW = "organisation/admin/principal-list";

	static final String FORM_VIEW = "organisation/admin/principal-form";

	private static final Map<String, String> FIELDS = Map.of("error.name-taken", "name");

	private final Directory directory;

	private final OrganisationManagement management;

	PrincipalAdminController(Directory directory, OrganisationManagement management) {
		this.directory = directory;
		this.management = management;
	}

	@GetMapping("/admin/principals")
	String list(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("principals",
				this.directory.principals(null, new PageRequest(Math.max(page, 0), UnitAdminController.PAGE_SIZE)));
		return LIST_VIEW;
	}

	@GetMapping("/admin/principals/new")
	String newForm(Model model) {
		model.addAttribute("form", PrincipalForm.empty());
		return form(null, model);
	}

	@PostMapping("/admin/principals/new")
	String create(@Valid @ModelAttribute("form") PrincipalForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			return form(null, model);
		}
		try {
			this.management.registerPrincipal(form.name(), form.kind());
		}
		catch (DomainException ex) {
			Forms.reject(binding, ex, FIELDS);
			return form(null, model);
		}
		redirect.addFlashAttribute("flash", "organisation.admin.principals.created");
		return "redirect:/admin/principals";
	}

	@GetMapping("/admin/principals/{id}/edit")
	String editForm(@PathVariable UUID id, Model model) {
		PrincipalView principal = principal(id);
		model.addAttribute("form", PrincipalForm.of(principal));
		return form(principal, model);
	}

	@PostMapping("/admin/principals/{id}/edit")
	String save(@PathVariable UUID id, @Valid @ModelAttribute("form") PrincipalForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		PrincipalView principal = principal(id);
		if (binding.hasErrors()) {
			return form(principal, model);
		}
		try {
			this.management.changePrincipal(id, form.version(), form.name(), form.kind(), form.isActive());
		}
		catch (StaleVersionException | OptimisticLockingFailureException ex) {
			PrincipalView current = principal(id);
			Forms.rebind(model, "form", form.withVersion(current.version())).reject("organisation.admin.stale");
			return form(current, model);
		}
		catch (DomainException ex) {
			Forms.reject(binding, ex, FIELDS);
			return form(principal, model);
		}
		redirect.addFlashAttribute("flash", "organisation.admin.saved");
		return "redirect:/admin/principals";
	}

	private PrincipalView principal(UUID id) {
		return this.directory.principal(id).orElseThrow(NotFoundException::new);
	}

	private String form(PrincipalView principal, Model model) {
		model.addAttribute("principal", principal);
		model.addAttribute("kinds", PrincipalKind.values());
		return FORM_VIEW;
	}

}

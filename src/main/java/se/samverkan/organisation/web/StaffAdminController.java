package se.samverkan.organisation.web;

import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
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
import se.samverkan.organisation.Directory.StaffView;
import se.samverkan.organisation.OrganisationManagement;
import se.samverkan.organisation.StaffFunction;
import se.samverkan.organisation.StaffMember;
import se.samverkan.shared.DomainException;
import se.samverkan.shared.NotFoundException;
import se.samverkan.shared.PageRequest;
import se.samverkan.shared.StaleVersionException;

/**
 * Administrators manage staff accounts: the list (filtered by unit; an htmx request gets
 * just the table), opening, editing, deactivating and reactivating an account.
 */
@Controller
class StaffAdminController {

	static final String LIST_VIEW = "organisation/admin/staff-list";

	static final String TABLE_FRAGMENT = LIST_VIEW + " :: table";

	static final String FORM_VIEW = "organisation/admin/staff-form";

	static final int PAGE_SIZE = 50;

	private static final Map<String, String> FIELDS = Map.of("error.username-taken", "username",
			"error.username-invalid", "username", "error.password-too-short", "password", "error.password-too-common",
			"password", "error.password-too-long", "password", "error.unit-unknown", "unitId", "error.manager-unknown",
			"nearestManagerId");

	private final Directory directory;

	private final OrganisationManagement management;

	StaffAdminController(Directory directory, OrganisationManagement management) {
		this.directory = directory;
		this.management = management;
	}

	@GetMapping("/admin/staff")
	String list(@RequestParam(required = false) UUID unitId, @RequestParam(defaultValue = "0") int page,
			HtmxRequest htmx, Model model) {
		model.addAttribute("unitId", unitId);
		model.addAttribute("units", this.directory.allUnits());
		model.addAttribute("staff", this.directory.staff(unitId, new PageRequest(Math.max(page, 0), PAGE_SIZE)));
		return (htmx.isHtmxRequest() && !htmx.isBoosted()) ? TABLE_FRAGMENT : LIST_VIEW;
	}

	@GetMapping("/admin/staff/new")
	String newForm(Model model) {
		model.addAttribute("form", AccountForm.empty());
		return form(null, model);
	}

	@PostMapping("/admin/staff/new")
	String create(@Valid @ModelAttribute("form") AccountForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			return form(null, model);
		}
		try {
			StaffMember opened = this.management.openStaffAccount(form.username(), form.profile(), form.password());
			redirect.addFlashAttribute("flash", "organisation.admin.staff.created");
			return "redirect:/admin/staff/" + opened.id() + "/edit";
		}
		catch (DomainException ex) {
			Forms.reject(binding, ex, FIELDS);
			return form(null, model);
		}
	}

	@GetMapping("/admin/staff/{id}/edit")
	String editForm(@PathVariable UUID id, Model model) {
		StaffView staff = staffMember(id);
		model.addAttribute("form", AccountForm.of(staff));
		return form(staff, model);
	}

	@PostMapping("/admin/staff/{id}/edit")
	String save(@PathVariable UUID id, @Valid @ModelAttribute("form") AccountForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		StaffView staff = staffMember(id);
		if (binding.hasErrors()) {
			return form(staff, model);
		}
		try {
			this.management.changeStaffAccount(id, form.version(), form.profile());
		}
		catch (StaleVersionException | OptimisticLockingFailureException ex) {
			StaffView current = staffMember(id);
			Forms.rebind(model, "form", form.withVersion(current.version())).reject("organisation.admin.stale");
			return form(current, model);
		}
		catch (DomainException ex) {
			Forms.reject(binding, ex, FIELDS);
			return form(staff, model);
		}
		redirect.addFlashAttribute("flash", "organisation.admin.saved");
		return "redirect:/admin/staff/" + id + "/edit";
	}

	@PostMapping("/admin/staff/{id}/deactivate")
	String deactivate(@PathVariable UUID id, @RequestParam(required = false) Integer version,
			RedirectAttributes redirect) {
		return changeStatus(id, () -> this.management.deactivate(id, version), "organisation.admin.staff.deactivated",
				redirect);
	}

	@PostMapping("/admin/staff/{id}/reactivate")
	String reactivate(@PathVariable UUID id, @RequestParam(required = false) Integer version,
			RedirectAttributes redirect) {
		return changeStatus(id, () -> this.management.reactivate(id, version), "organisation.admin.staff.reactivated",
				redirect);
	}

	private String changeStatus(UUID id, Runnable change, String done, RedirectAttributes redirect) {
		try {
			change.run();
			redirect.addFlashAttribute("flash", done);
		}
		catch (StaleVersionException | OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("flash", "organisation.admin.stale");
		}
		return "redirect:/admin/staff/" + id + "/edit";
	}

	private StaffView staffMember(UUID id) {
		return this.directory.staffMember(id).orElseThrow(NotFoundException::new);
	}

	private String form(StaffView staff, Model model) {
		model.addAttribute("staffMember", staff);
		model.addAttribute("units", this.directory.allUnits());
		model.addAttribute("managers",
				this.directory.staffHolding(EnumSet.of(StaffFunction.MANAGER, StaffFunction.HEAD_OF_OPERATIONS))
					.stream()
					.filter((manager) -> staff == null || !manager.id().equals(staff.id()))
					.toList());
		model.addAttribute("functions", StaffFunction.values());
		model.addAttribute("minPasswordLength", OrganisationManagement.MIN_PASSWORD_LENGTH);
		return FORM_VIEW;
	}

}

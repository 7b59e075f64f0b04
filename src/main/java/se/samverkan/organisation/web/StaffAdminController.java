package se.samverkan.organisation.web;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
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
import se.samverkan.organisation.Directory.UnitScope;
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

	/** The most units, or managers, a select lists. */
	static final int CHOICE_LIMIT = PageRequest.MAX_SIZE;

	/** Who may be someone's nearest manager. */
	private static final Set<StaffFunction> MANAGERS = EnumSet.of(StaffFunction.MANAGER,
			StaffFunction.HEAD_OF_OPERATIONS);

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

	/**
	 * The list, filtered by a unit the administrator finds by a search of every unit,
	 * active or not; htmx gets just the table.
	 */
	@GetMapping("/admin/staff")
	String list(@RequestParam(required = false) UUID unitId, @RequestParam(required = false) String unitQuery,
			@RequestParam(defaultValue = "0") int page, HtmxRequest htmx, Model model) {
		model.addAttribute("unitId", unitId);
		model.addAttribute("unitQuery", unitQuery);
		model.addAttribute("unitLimit", CHOICE_LIMIT);
		model.addAttribute("units", this.directory.unitChoice(unitQuery,
				this.directory.units(UnitScope.ALL, unitQuery, CHOICE_LIMIT), Collections.singleton(unitId)));
		model.addAttribute("staff", this.directory.staff(unitId, new PageRequest(Math.max(page, 0), PAGE_SIZE)));
		return (htmx.isHtmxRequest() && !htmx.isBoosted()) ? TABLE_FRAGMENT : LIST_VIEW;
	}

	@GetMapping("/admin/staff/new")
	String newForm(@RequestParam(required = false) String unitQuery, @RequestParam(required = false) String staffQuery,
			Model model) {
		AccountForm form = AccountForm.empty();
		model.addAttribute("form", form);
		return form(null, form, unitQuery, staffQuery, model);
	}

	@PostMapping("/admin/staff/new")
	String create(@Valid @ModelAttribute("form") AccountForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			return form(null, form, null, null, model);
		}
		try {
			StaffMember opened = this.management.openStaffAccount(form.username(), form.profile(), form.password());
			redirect.addFlashAttribute("flash", "organisation.admin.staff.created");
			return "redirect:/admin/staff/" + opened.id() + "/edit";
		}
		catch (DomainException ex) {
			Forms.reject(binding, ex, FIELDS);
			return form(null, form, null, null, model);
		}
	}

	@GetMapping("/admin/staff/{id}/edit")
	String editForm(@PathVariable UUID id, @RequestParam(required = false) String unitQuery,
			@RequestParam(required = false) String staffQuery, Model model) {
		StaffView staff = staffMember(id);
		AccountForm form = AccountForm.of(staff);
		model.addAttribute("form", form);
		return form(staff, form, unitQuery, staffQuery, model);
	}

	@PostMapping("/admin/staff/{id}/edit")
	String save(@PathVariable UUID id, @Valid @ModelAttribute("form") AccountForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		StaffView staff = staffMember(id);
		if (binding.hasErrors()) {
			return form(staff, form, null, null, model);
		}
		try {
			this.management.changeStaffAccount(id, form.version(), form.profile());
		}
		catch (StaleVersionException | OptimisticLockingFailureException ex) {
			StaffView current = staffMember(id);
			AccountForm rebound = form.withVersion(current.version());
			Forms.rebind(model, "form", rebound).reject("organisation.admin.stale");
			return form(current, rebound, null, null, model);
		}
		catch (DomainException ex) {
			Forms.reject(binding, ex, FIELDS);
			return form(staff, form, null, null, model);
		}
		redirect.addFlashAttribute("flash", "organisation.admin.saved");
		return "redirect:/admin/staff/" + id + "/edit";
	}

	/**
	 * The form, new or edited, again as chosen and typed, with the units or the managers
	 * the search finds (the unit's search or the manager's): nothing is saved, and the
	 * password typed is not sent back.
	 */
	@PostMapping(path = { "/admin/staff/new", "/admin/staff/{id}/edit" }, params = "search")
	String search(@PathVariable(required = false) UUID id, @ModelAttribute("form") AccountForm form,
			BindingResult binding, @RequestParam(required = false) String unitQuery,
			@RequestParam(required = false) String staffQuery, Model model) {
		return form((id != null) ? staffMember(id) : null, form, unitQuery, staffQuery, model);
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

	/**
	 * The form with the units and managers to choose among: the active ones the searches
	 * find (at most {@link #CHOICE_LIMIT} each; no one is their own manager) and those
	 * chosen in the form.
	 */
	private String form(StaffView staff, AccountForm form, String unitQuery, String staffQuery, Model model) {
		model.addAttribute("staffMember", staff);
		model.addAttribute("unitLimit", CHOICE_LIMIT);
		model.addAttribute("units", this.directory.unitChoice(unitQuery,
				this.directory.activeUnits(unitQuery, CHOICE_LIMIT), Collections.singleton(form.unitId())));
		model.addAttribute("managers",
				this.directory
					.staffChoice(staffQuery, this.directory.activeStaff(staffQuery, MANAGERS, CHOICE_LIMIT),
							Collections.singleton(form.nearestManagerId()))
					.without((manager) -> staff != null && manager.id().equals(staff.id())));
		model.addAttribute("functions", StaffFunction.values());
		model.addAttribute("minPasswordLength", OrganisationManagement.MIN_PASSWORD_LENGTH);
		return FORM_VIEW;
	}

}

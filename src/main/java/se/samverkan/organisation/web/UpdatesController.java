package se.samverkan.organisation.web;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.samverkan.organisation.Directory;
import se.samverkan.organisation.OrganisationManagement;
import se.samverkan.organisation.SignedInStaff;
import se.samverkan.shared.PageRequest;

/**
 * "Verksamhetsinformation": the parties' updates about their operations, newest first,
 * and the form to post one (R19, R20).
 */
@Controller
class UpdatesController {

	static final String VIEW = "organisation/updates";

	static final int PAGE_SIZE = 20;

	private final Directory directory;

	private final OrganisationManagement management;

	UpdatesController(Directory directory, OrganisationManagement management) {
		this.directory = directory;
		this.management = management;
	}

	@GetMapping("/updates")
	String list(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("form", UpdateForm.empty());
		return render(page, model);
	}

	@PostMapping("/updates")
	String post(@AuthenticationPrincipal SignedInStaff me, @Valid @ModelAttribute("form") UpdateForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			return render(0, model);
		}
		this.management.postUpdate(me, form.title(), form.body());
		redirect.addFlashAttribute("flash", "organisation.updates.published");
		return "redirect:/updates";
	}

	private String render(int page, Model model) {
		model.addAttribute("updates", this.directory.updates(new PageRequest(Math.max(page, 0), PAGE_SIZE)));
		return VIEW;
	}

}

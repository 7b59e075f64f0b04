package se.samverkan.signin;

import java.util.UUID;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators see the sign-in locks in force and lift them. */
@Controller
class SignInLocksController {

	private final SignInThrottle throttle;

	SignInLocksController(SignInThrottle throttle) {
		this.throttle = throttle;
	}

	@GetMapping("/admin/sign-in-locks")
	String locks(Model model) {
		model.addAttribute("locks", this.throttle.locks());
		return "signin/locks";
	}

	@PostMapping("/admin/sign-in-locks/{id}/lift")
	String lift(@PathVariable UUID id, Authentication authentication, RedirectAttributes redirect) {
		if (this.throttle.lift(id, authentication.getName())) {
			redirect.addFlashAttribute("flash", "signin.locks.lifted");
		}
		return "redirect:/admin/sign-in-locks";
	}

}

package se.samverkan.matters.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

import se.samverkan.matters.FeedbackGuard;
import se.samverkan.matters.MatterManagement;
import se.samverkan.matters.MatterManagement.PublicFeedback;
import se.samverkan.shared.DomainException;
import se.samverkan.shared.ErrorCode;

/**
 * The public feedback page (R14), without sign-in: interest organisations and service
 * users tell the steering group how collaboration works. Robots are turned away by a
 * honeypot field and a minimum fill time (they are told "thank you" all the same), floods
 * by the rate limit per client address.
 */
@Controller
class FeedbackController {

	static final String VIEW = "matters/feedback";

	static final String THANKS_VIEW = "matters/feedback-thanks";

	private final MatterManagement matters;

	private final FeedbackGuard guard;

	FeedbackController(MatterManagement matters, FeedbackGuard guard) {
		this.matters = matters;
		this.guard = guard;
	}

	@GetMapping("/feedback")
	String form(Model model) {
		model.addAttribute("form", FeedbackForm.empty(this.guard.token()));
		return VIEW;
	}

	@GetMapping("/feedback/thanks")
	String thanks() {
		return THANKS_VIEW;
	}

	@PostMapping("/feedback")
	String send(@Valid @ModelAttribute("form") FeedbackForm form, BindingResult binding, HttpServletRequest request,
			HttpServletResponse response) {
		if ((form.website() != null && !form.website().isBlank()) || !this.guard.filledInByAPerson(form.token())) {
			return "redirect:/feedback/thanks";
		}
		if (!binding.hasErrors()) {
			try {
				this.guard.count(request.getRemoteAddr());
				this.matters
					.receiveFeedback(new PublicFeedback(form.organisationName(), null, form.text(), form.email()));
				return "redirect:/feedback/thanks";
			}
			catch (DomainException ex) {
				if (ex.code() == ErrorCode.RATE_LIMITED) {
					response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
				}
				MattersController.reject(binding, ex, Map.of("error.matter.email-invalid", "email",
						"error.matter.description-too-long", "text", "error.matter.description-required", "text"));
			}
		}
		return VIEW;
	}

}

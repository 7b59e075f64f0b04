package se.samverkan.agreements.web;

import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.samverkan.agreements.AgreementManagement;
import se.samverkan.organisation.SignedInStaff;
import se.samverkan.shared.DomainException;
import se.samverkan.shared.ErrorCode;
import se.samverkan.shared.NotFoundException;

/**
 * "Överenskommelsen": the agreement in force, its parties and validity, the agreements it
 * replaced, and the steering group's follow-ups and proposed changes (R23, R24).
 */
@Controller
class AgreementsController {

	static final String VIEW = "agreements/agreements";

	private final AgreementManagement agreements;

	AgreementsController(AgreementManagement agreements) {
		this.agreements = agreements;
	}

	@GetMapping("/agreements")
	String agreements(@AuthenticationPrincipal SignedInStaff me, Model model) {
		model.addAttribute("current", this.agreements.current().orElse(null));
		model.addAttribute("agreements", this.agreements.all());
		model.addAttribute("mayFollowUp", this.agreements.mayFollowUp(me));
		return VIEW;
	}

	@PostMapping("/agreements/{id}/follow-ups")
	String followUp(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID id,
			@RequestParam(required = false) String text, RedirectAttributes redirect) {
		return note(redirect, "agreements.followUp.saved", () -> this.agreements.followUp(me, id, text, null));
	}

	@PostMapping("/agreements/{id}/proposed-changes")
	String proposeChange(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID id,
			@RequestParam(required = false) String text, RedirectAttributes redirect) {
		return note(redirect, "agreements.proposal.saved", () -> this.agreements.proposeChange(me, id, text, null));
	}

	private String note(RedirectAttributes redirect, String flash, Runnable command) {
		try {
			command.run();
			redirect.addFlashAttribute("flash", flash);
		}
		catch (DomainException ex) {
			if (ex instanceof NotFoundException || ex.code() == ErrorCode.FORBIDDEN) {
				throw ex;
			}
			redirect.addFlashAttribute("refusal", ex.messageKey());
		}
		return "redirect:/agreements";
	}

}

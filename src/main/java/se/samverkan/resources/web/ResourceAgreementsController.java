package se.samverkan.resources.web;

import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.samverkan.organisation.Directory;
import se.samverkan.organisation.SignedInStaff;
import se.samverkan.resources.ResourceAgreementManagement;
import se.samverkan.resources.ResourceAgreementPage;
import se.samverkan.resources.ResourceAgreementView;
import se.samverkan.shared.DomainException;
import se.samverkan.shared.ErrorCode;
import se.samverkan.shared.NotFoundException;
import se.samverkan.shared.PageRequest;

/**
 * "Resursöverenskommelser": agreements that commit resources, who has approved and who is
 * still pending, the form to propose one and the approval (R15).
 */
@Controller
class ResourceAgreementsController {

	static final String LIST = "resources/agreements";

	static final String ONE = "resources/agreement";

	private static final int PAGE_SIZE = 25;

	/** The most parties the form lists besides those chosen. */
	static final int UNIT_LIMIT = PageRequest.MAX_SIZE;

	private final ResourceAgreementManagement agreements;

	private final Directory directory;

	ResourceAgreementsController(ResourceAgreementManagement agreements, Directory directory) {
		this.agreements = agreements;
		this.directory = directory;
	}

	@GetMapping("/resource-agreements")
	String list(@RequestParam(defaultValue = "0") int page, @RequestParam(required = false) String unitQuery,
			Model model) {
		return listPage(page, ProposalForm.empty(), unitQuery, model);
	}

	@PostMapping("/resource-agreements")
	String propose(@AuthenticationPrincipal SignedInStaff me, @ModelAttribute("proposal") ProposalForm proposal,
			@RequestParam(required = false) String unitQuery, Model model, RedirectAttributes redirect) {
		try {
			ResourceAgreementView agreement = this.agreements.propose(me, proposal.title(), proposal.description(),
					proposal.unitIds());
			redirect.addFlashAttribute("flash", "resources.proposed");
			return "redirect:/resource-agreements/" + agreement.id();
		}
		catch (DomainException ex) {
			if (ex.code() == ErrorCode.FORBIDDEN) {
				throw ex;
			}
			model.addAttribute("refusal", ex.messageKey());
			return listPage(0, proposal, unitQuery, model);
		}
	}

	/**
	 * The list with the proposal as typed and the parties its search finds added to those
	 * already chosen: nothing is saved.
	 */
	@PostMapping(path = "/resource-agreements", params = "search")
	String searchParties(@ModelAttribute("proposal") ProposalForm proposal,
			@RequestParam(required = false) String unitQuery, Model model) {
		return listPage(0, proposal, unitQuery, model);
	}

	/**
	 * The list and the form to propose one, whose parties are those chosen, checked, and
	 * the active agreement parties the search finds, at most {@link #UNIT_LIMIT}.
	 */
	private String listPage(int page, ProposalForm proposal, String unitQuery, Model model) {
		model.addAttribute("agreements", this.agreements.agreements(new PageRequest(Math.max(page, 0), PAGE_SIZE)));
		model.addAttribute("proposal", proposal);
		model.addAttribute("unitQuery", unitQuery);
		model.addAttribute("unitLimit", UNIT_LIMIT);
		model.addAttribute("units", this.directory.unitChoice(unitQuery,
				this.directory.activeAgreementParties(unitQuery, UNIT_LIMIT), proposal.unitIds()));
		return LIST;
	}

	@GetMapping("/resource-agreements/{id}")
	String agreement(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID id, Model model) {
		ResourceAgreementPage page = this.agreements.agreementPage(me, id);
		model.addAttribute("agreement", page.agreement());
		model.addAttribute("mayApprove", page.mayApprove());
		return ONE;
	}

	@PostMapping("/resource-agreements/{id}/approvals")
	String approve(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID id, RedirectAttributes redirect) {
		try {
			this.agreements.approve(me, id, null);
			redirect.addFlashAttribute("flash", "resources.approved");
		}
		catch (DomainException ex) {
			if (ex instanceof NotFoundException || ex.code() == ErrorCode.FORBIDDEN) {
				throw ex;
			}
			redirect.addFlashAttribute("refusal", ex.messageKey());
		}
		return "redirect:/resource-agreements/" + id;
	}

}

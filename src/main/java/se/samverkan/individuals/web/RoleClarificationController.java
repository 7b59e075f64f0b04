package se.samverkan.individuals.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.samverkan.individuals.Commands;
import se.samverkan.individuals.RoleClarificationService;
import se.samverkan.organisation.SignedInStaff;
import se.samverkan.shared.DomainException;
import se.samverkan.shared.ErrorCode;
import se.samverkan.shared.PageRequest;

/**
 * Role clarification pages (R5): the form for a person, and the signed-in user's list of
 * received (to acknowledge) and sent ones (with who has acknowledged).
 */
@Controller
class RoleClarificationController {

	static final int PAGE_SIZE = 20;

	private final RoleClarificationService clarifications;

	private final Clock clock;

	RoleClarificationController(RoleClarificationService clarifications, Clock clock) {
		this.clarifications = clarifications;
		this.clock = clock;
	}

	/**
	 * The form; without htmx a search of the recipients asks for it again with the search
	 * ({@code recipientQuery}).
	 */
	@GetMapping("/persons/{personId}/role-clarifications/new")
	String form(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID personId,
			@RequestParam(required = false) String recipientQuery, Model model) {
		return form(me, personId, List.of(), List.of(), List.of(), recipientQuery, null, model);
	}

	@PostMapping("/persons/{personId}/role-clarifications")
	String send(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID personId,
			@RequestParam(name = "interventionId", required = false) List<UUID> interventionIds,
			@RequestParam(name = "role", required = false) List<String> roles,
			@RequestParam(name = "recipient", required = false) List<UUID> recipients,
			@RequestParam(required = false) String recipientQuery, Model model, RedirectAttributes redirect) {
		List<UUID> ids = orEmpty(interventionIds);
		List<String> texts = orEmpty(roles);
		List<UUID> chosen = orEmpty(recipients);
		List<Commands.RoleEntry> entries = new ArrayList<>();
		for (int i = 0; i < ids.size(); i++) {
			String role = (i < texts.size()) ? texts.get(i) : null;
			if (role != null && !role.isBlank()) {
				entries.add(new Commands.RoleEntry(ids.get(i), role));
			}
		}
		try {
			this.clarifications.send(me, personId, new Commands.SendRoleClarification(entries, chosen));
		}
		catch (DomainException ex) {
			if (ex.code() == ErrorCode.NOT_FOUND || ex.code() == ErrorCode.FORBIDDEN) {
				throw ex;
			}
			return form(me, personId, ids, texts, chosen, recipientQuery, ex.messageKey(), model);
		}
		redirect.addFlashAttribute("flash", "roleClarification.flash.sent");
		return "redirect:/role-clarifications";
	}

	/**
	 * The form again, as posted, with the recipients who match the search; sends nothing.
	 * With htmx the search posts the form, so that no typed text goes into an address.
	 */
	@PostMapping(path = "/persons/{personId}/role-clarifications", params = "search")
	String searchRecipients(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID personId,
			@RequestParam(name = "interventionId", required = false) List<UUID> interventionIds,
			@RequestParam(name = "role", required = false) List<String> roles,
			@RequestParam(name = "recipient", required = false) List<UUID> recipients,
			@RequestParam(required = false) String recipientQuery, Model model) {
		return form(me, personId, orEmpty(interventionIds), orEmpty(roles), orEmpty(recipients), recipientQuery, null,
				model);
	}

	@GetMapping("/role-clarifications")
	String list(@AuthenticationPrincipal SignedInStaff me, @RequestParam(defaultValue = "0") int received,
			@RequestParam(defaultValue = "0") int sent, Model model) {
		model.addAttribute("received",
				this.clarifications.received(me, new PageRequest(Math.max(received, 0), PAGE_SIZE)));
		model.addAttribute("sent", this.clarifications.sent(me, new PageRequest(Math.max(sent, 0), PAGE_SIZE)));
		model.addAttribute("myId", me.staffId());
		model.addAttribute("zone", this.clock.getZone());
		return "individuals/role-clarifications";
	}

	@PostMapping("/persons/{personId}/role-clarifications/{rcId}/acknowledgement")
	String acknowledge(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID personId, @PathVariable UUID rcId,
			RedirectAttributes redirect) {
		this.clarifications.acknowledge(me, personId, rcId);
		redirect.addFlashAttribute("flash", "roleClarification.flash.acknowledged");
		return "redirect:/role-clarifications";
	}

	/**
	 * The form with the roles as typed and the recipients to choose among: those chosen,
	 * the interventions' responsible, and at most {@link RecordsController#CHOICES} of
	 * their units' staff who match the search.
	 */
	private String form(SignedInStaff me, UUID personId, List<UUID> interventionIds, List<String> roles,
			List<UUID> recipients, String recipientQuery, String error, Model model) {
		model.addAttribute("personId", personId);
		model.addAttribute("draft",
				this.clarifications.draft(me, personId, recipientQuery, recipients, RecordsController.CHOICES));
		model.addAttribute("recipientQuery", recipientQuery);
		model.addAttribute("recipientLimit", RecordsController.CHOICES);
		java.util.Map<UUID, String> given = new java.util.HashMap<>();
		for (int i = 0; i < interventionIds.size() && i < roles.size(); i++) {
			given.put(interventionIds.get(i), roles.get(i));
		}
		model.addAttribute("roles", given);
		model.addAttribute("chosen", recipients);
		model.addAttribute("error", error);
		model.addAttribute("errorOnRecipients", error != null && error.contains("recipient"));
		return "individuals/role-clarification-form";
	}

	private static <T> List<T> orEmpty(List<T> posted) {
		return (posted != null) ? posted : List.of();
	}

}

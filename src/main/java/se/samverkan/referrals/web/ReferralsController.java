package se.samverkan.referrals.web;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.samverkan.organisation.SignedInStaff;
import se.samverkan.referrals.Outcome;
import se.samverkan.referrals.ReferralManagement;
import se.samverkan.referrals.ReferralManagement.Advice;
import se.samverkan.referrals.ReferralManagement.Box;
import se.samverkan.referrals.ReferralPdf;
import se.samverkan.referrals.ReferralStatus;
import se.samverkan.referrals.ReferralView;
import se.samverkan.referrals.Urgency;
import se.samverkan.shared.DomainException;
import se.samverkan.shared.ErrorCode;
import se.samverkan.shared.NotFoundException;
import se.samverkan.shared.PageRequest;
import se.samverkan.shared.StaleVersionException;

/**
 * "Remisser": the unit's inbox and outbox, writing a referral about a person, one
 * referral with its history and the moves the user's side may make, and its PDF. The
 * rules are {@link ReferralManagement}'s; refusals are shown on the page.
 */
@Controller
class ReferralsController {

	static final String BOXES = "referrals/boxes";

	static final String NEW = "referrals/new";

	static final String DETAIL = "referrals/detail";

	static final int PAGE_SIZE = 25;

	private static final Map<String, String> FIELDS = Map.of("error.referral.reason-required", "reason",
			"error.referral.question-required", "question", "error.referral.reason-too-long", "reason",
			"error.referral.question-too-long", "question", "error.referral.to-unit-unknown", "toUnitId");

	private final ReferralManagement referrals;

	private final ReferralPdf pdf;

	private final Clock clock;

	ReferralsController(ReferralManagement referrals, ReferralPdf pdf, Clock clock) {
		this.referrals = referrals;
		this.pdf = pdf;
		this.clock = clock;
	}

	/** Times on the pages are Swedish time. */
	@ModelAttribute("zone")
	ZoneId zone() {
		return this.clock.getZone();
	}

	@GetMapping("/referrals")
	String boxes(@AuthenticationPrincipal SignedInStaff me, @RequestParam(defaultValue = "inbox") String box,
			@RequestParam(required = false) String status, @RequestParam(defaultValue = "false") boolean overdue,
			@RequestParam(defaultValue = "0") int page, Model model) {
		Box which = "outbox".equals(box) ? Box.OUTBOX : Box.INBOX;
		ReferralStatus filter = parseStatus(status);
		model.addAttribute("box", which.name().toLowerCase(Locale.ROOT));
		model.addAttribute("outbox", which == Box.OUTBOX);
		model.addAttribute("status", (filter != null) ? filter.name() : "");
		model.addAttribute("overdueOnly", overdue);
		model.addAttribute("statuses",
				List.of(ReferralStatus.values())
					.stream()
					.filter((candidate) -> which == Box.OUTBOX || candidate != ReferralStatus.DRAFT)
					.map(Enum::name)
					.toList());
		model.addAttribute("referrals",
				this.referrals.box(me, which, filter, overdue, new PageRequest(Math.max(page, 0), PAGE_SIZE)));
		model.addAttribute("counts", this.referrals.counts(me));
		return BOXES;
	}

	@GetMapping("/referrals/new")
	String newReferral(@AuthenticationPrincipal SignedInStaff me, @RequestParam UUID personId, Model model) {
		Advice advice = this.referrals.advise(me, personId);
		model.addAttribute("form", ReferralForm.empty(personId, advice.suggestedUnitId()));
		return newPage(advice, model);
	}

	@PostMapping("/referrals")
	String create(@AuthenticationPrincipal SignedInStaff me, @Valid @ModelAttribute("form") ReferralForm form,
			BindingResult binding, @RequestParam(defaultValue = "save") String action, Model model,
			RedirectAttributes redirect) {
		if (form.personId() == null) {
			throw new NotFoundException();
		}
		if (!binding.hasErrors()) {
			ReferralView draft;
			try {
				draft = this.referrals.create(me, form.command());
			}
			catch (NotFoundException ex) {
				throw ex;
			}
			catch (DomainException ex) {
				reject(binding, ex);
				return newPage(this.referrals.advise(me, form.personId()), model);
			}
			if (!"send".equals(action)) {
				redirect.addFlashAttribute("flash", "referral.saved");
				return "redirect:/referrals/" + draft.id();
			}
			return move(draft.id(), "referral.sent", redirect, () -> this.referrals.send(me, draft.id(), null),
					"referral.saved-not-sent");
		}
		return newPage(this.referrals.advise(me, form.personId()), model);
	}

	@GetMapping("/referrals/{id}")
	String detail(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID id, Model model) {
		model.addAttribute("r", this.referrals.one(me, id));
		return DETAIL;
	}

	@GetMapping("/referrals/{id}.pdf")
	ResponseEntity<byte[]> pdf(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID id, Locale locale) {
		byte[] body = this.pdf.render(this.referrals.one(me, id), locale);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename("remiss-" + id + ".pdf").build().toString())
			.body(body);
	}

	@PostMapping("/referrals/{id}/send")
	String send(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID id, @RequestParam Integer version,
			RedirectAttributes redirect) {
		return move(id, "referral.sent", redirect, () -> this.referrals.send(me, id, version), null);
	}

	@PostMapping("/referrals/{id}/receipt")
	String receive(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID id, @RequestParam Integer version,
			RedirectAttributes redirect) {
		return move(id, "referral.received", redirect, () -> this.referrals.receive(me, id, version), null);
	}

	@PostMapping("/referrals/{id}/decision")
	String decide(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID id, @RequestParam Integer version,
			@RequestParam(required = false) Outcome outcome, @RequestParam(required = false) String comment,
			RedirectAttributes redirect) {
		String done = (outcome == Outcome.DECLINED) ? "referral.declined" : "referral.accepted";
		return move(id, done, redirect, () -> this.referrals.decide(me, id, outcome, comment, version), null);
	}

	@PostMapping("/referrals/{id}/withdrawal")
	String withdraw(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID id, @RequestParam Integer version,
			RedirectAttributes redirect) {
		return move(id, "referral.withdrawn", redirect, () -> this.referrals.withdraw(me, id, version), null);
	}

	/**
	 * Makes a move and goes back to the referral with what happened: done, or why not —
	 * someone else moved first (stale), the move no longer fits, or a rule refuses it.
	 */
	private static String move(UUID id, String done, RedirectAttributes redirect, Runnable move, String prefix) {
		try {
			move.run();
			redirect.addFlashAttribute("flash", done);
		}
		catch (StaleVersionException | OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("flashError", "referral.stale");
		}
		catch (NotFoundException ex) {
			throw ex;
		}
		catch (DomainException ex) {
			if (ex.code() == ErrorCode.FORBIDDEN) {
				throw ex;
			}
			if (prefix != null) {
				redirect.addFlashAttribute("flashNote", prefix);
			}
			redirect.addFlashAttribute("flashError", ex.messageKey());
		}
		return "redirect:/referrals/" + id;
	}

	private String newPage(Advice advice, Model model) {
		model.addAttribute("advice", advice);
		model.addAttribute("urgencies", Urgency.values());
		return NEW;
	}

	private static void reject(BindingResult binding, DomainException ex) {
		String field = FIELDS.get(ex.messageKey());
		if (field != null) {
			binding.rejectValue(field, ex.messageKey(), ex.arguments(), ex.messageKey());
		}
		else {
			binding.reject(ex.messageKey(), ex.arguments(), ex.messageKey());
		}
	}

	private static ReferralStatus parseStatus(String status) {
		if (status == null || status.isBlank()) {
			return null;
		}
		try {
			return ReferralStatus.valueOf(status.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}

package se.samverkan.observations.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.validation.Valid;

import org.springframework.dao.OptimisticLockingFailureException;
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

import se.samverkan.observations.ObservationService;
import se.samverkan.observations.ObservationView;
import se.samverkan.organisation.Directory;
import se.samverkan.organisation.Directory.UnitView;
import se.samverkan.organisation.SignedInStaff;
import se.samverkan.shared.DomainException;
import se.samverkan.shared.ErrorCode;
import se.samverkan.shared.PageRequest;
import se.samverkan.shared.StaleVersionException;

/**
 * Collegial observation in the browser (R21): the requests one takes part in, the request
 * form, and a request's page with the step the reader may take.
 */
@Controller
class ObservationsController {

	static final String LIST_VIEW = "observations/observations";

	static final String FORM_VIEW = "observations/request";

	static final String VIEW = "observations/observation";

	/** The most host units the form lists. */
	static final int UNIT_LIMIT = PageRequest.MAX_SIZE;

	private static final Map<String, String> REQUEST_FIELDS = Map.of("error.observation.host-unknown", "hostUnitId",
			"error.observation.own-unit", "hostUnitId", "error.observation.purpose-required", "purpose",
			"error.observation.purpose-too-long", "purpose", "error.observation.period-reversed", "wishedTo",
			"error.observation.period-past", "wishedTo");

	private final ObservationService observations;

	private final Directory directory;

	private final Clock clock;

	ObservationsController(ObservationService observations, Directory directory, Clock clock) {
		this.observations = observations;
		this.directory = directory;
		this.clock = clock;
	}

	@GetMapping("/observations")
	String list(@AuthenticationPrincipal SignedInStaff me, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("observations", this.observations.observations(me, new PageRequest(Math.max(page, 0), 25)));
		return LIST_VIEW;
	}

	@GetMapping("/observations/new")
	String form(@AuthenticationPrincipal SignedInStaff me, @RequestParam(required = false) String unitQuery,
			Model model) {
		ObservationForm form = ObservationForm.empty(LocalDate.now(this.clock));
		model.addAttribute("form", form);
		return formPage(me, form, unitQuery, model);
	}

	@PostMapping("/observations")
	String request(@AuthenticationPrincipal SignedInStaff me, @Valid @ModelAttribute("form") ObservationForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		if (!binding.hasErrors()) {
			try {
				ObservationView observation = this.observations.request(me, form.command());
				redirect.addFlashAttribute("flash", "observations.requested");
				return "redirect:/observations/" + observation.id();
			}
			catch (DomainException ex) {
				reject(binding, ex, REQUEST_FIELDS);
			}
		}
		return formPage(me, form, null, model);
	}

	/**
	 * The form again, as chosen and typed, with the host units the search finds: nothing
	 * is requested. Whoever may ask for the form may search in it.
	 */
	@PostMapping(path = "/observations", params = "search")
	String search(@AuthenticationPrincipal SignedInStaff me, @ModelAttribute("form") ObservationForm form,
			BindingResult binding, @RequestParam(required = false) String unitQuery, Model model) {
		return formPage(me, form, unitQuery, model);
	}

	@GetMapping("/observations/{id}")
	String observation(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID id, Model model) {
		ObservationView observation = this.observations.observation(me, id);
		model.addAttribute("step", new StepForm(null, "", observation.version()));
		return page(observation, model);
	}

	@PostMapping("/observations/{id}/approval")
	String approve(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID id,
			@ModelAttribute("step") StepForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
		return step(me, id, binding, model, redirect, "observations.approved",
				() -> this.observations.approve(me, id, form.version()));
	}

	@PostMapping("/observations/{id}/acceptance")
	String accept(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID id,
			@Valid @ModelAttribute("step") StepForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		return step(me, id, binding, model, redirect, "observations.scheduled",
				() -> this.observations.accept(me, id, form.scheduledOn(), form.version()));
	}

	@PostMapping("/observations/{id}/completion")
	String complete(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID id,
			@Valid @ModelAttribute("step") StepForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		return step(me, id, binding, model, redirect, "observations.completed",
				() -> this.observations.complete(me, id, form.reflection(), form.version()));
	}

	private String step(SignedInStaff me, UUID id, BindingResult binding, Model model, RedirectAttributes redirect,
			String flash, Supplier<ObservationView> action) {
		if (!binding.hasErrors()) {
			try {
				action.get();
				redirect.addFlashAttribute("flash", flash);
				return "redirect:/observations/" + id;
			}
			catch (StaleVersionException | OptimisticLockingFailureException ex) {
				binding.reject("observations.stale");
			}
			catch (DomainException ex) {
				reject(binding, ex, Map.of("error.observation.scheduled-on-required", "scheduledOn",
						"error.observation.scheduled-on-past", "scheduledOn", "error.observation.reflection-required",
						"reflection", "error.observation.reflection-too-long", "reflection"));
			}
		}
		return page(this.observations.observation(me, id), model);
	}

	private String page(ObservationView observation, Model model) {
		model.addAttribute("observation", observation);
		return VIEW;
	}

	/**
	 * The form with the host units to choose among: the active agreement parties but the
	 * requester's own unit, those the search finds (at most {@link #UNIT_LIMIT}), and the
	 * one chosen.
	 */
	private String formPage(SignedInStaff me, ObservationForm form, String unitQuery, Model model) {
		List<UnitView> matches = this.directory.activeAgreementParties(unitQuery, UNIT_LIMIT);
		model.addAttribute("unitLimit", UNIT_LIMIT);
		model.addAttribute("hosts",
				this.directory.unitChoice(unitQuery, matches, Collections.singleton(form.hostUnitId()))
					.without((unit) -> unit.id().equals(me.unit().id())));
		return FORM_VIEW;
	}

	private static void reject(BindingResult binding, DomainException ex, Map<String, String> fieldByMessageKey) {
		if (ex.code() == ErrorCode.FORBIDDEN || ex.code() == ErrorCode.NOT_FOUND) {
			throw ex;
		}
		String field = fieldByMessageKey.get(ex.messageKey());
		if (field != null) {
			binding.rejectValue(field, ex.messageKey(), ex.arguments(), ex.messageKey());
		}
		else {
			binding.reject(ex.messageKey(), ex.arguments(), ex.messageKey());
		}
	}

}

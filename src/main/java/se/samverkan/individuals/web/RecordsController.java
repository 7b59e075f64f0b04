package se.samverkan.individuals.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
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

import se.samverkan.individuals.ConsentForm;
import se.samverkan.individuals.ConsentGiver;
import se.samverkan.individuals.ConsentView;
import se.samverkan.individuals.ContactChannel;
import se.samverkan.individuals.ContactPurpose;
import se.samverkan.individuals.IndividualsManagement;
import se.samverkan.individuals.IndividualsManagement.Candidates;
import se.samverkan.individuals.PersonView;
import se.samverkan.organisation.Directory;
import se.samverkan.organisation.Directory.PrincipalView;
import se.samverkan.organisation.Directory.StaffView;
import se.samverkan.organisation.SignedInStaff;
import se.samverkan.shared.DomainException;
import se.samverkan.shared.NotFoundException;
import se.samverkan.shared.StaleVersionException;

/**
 * The forms that record something about a person: consent and its revocation (R1, L8),
 * interventions, contacts (R2–R4). Refusals of {@link IndividualsManagement} are shown on
 * the form; success redirects to the person page with a message.
 */
@Controller
class RecordsController {

	static final String SIP_VIEW = "individuals/sip-reference-form";

	private static final Map<String, String> CONSENT_FIELDS = Map.of("error.consent.given-on-future", "givenOn",
			"error.consent.two-principals", "principalIds", "error.consent.valid-until-before-given", "validUntil",
			"error.consent.guardian-for-adult", "givenBy", "error.principal-unknown", "principalIds",
			"error.consent.text-too-long", "note");

	private static final Map<String, String> INTERVENTION_FIELDS = Map.of("error.unit-unknown", "unitId",
			"error.intervention.ended-before-started", "endedOn", "error.intervention.responsible-not-in-unit",
			"responsibleStaffId", "error.intervention.title-required", "title");

	private static final Map<String, String> CONTACT_FIELDS = Map.of("error.contact.occurred-at-future", "occurredAt",
			"error.contact.participants-required", "participantStaffIds", "error.contact.participant-unknown",
			"participantStaffIds", "error.contact.summary-required", "summary");

	/**
	 * How many staff or principals a field offers at most: its likeliest, the rest by
	 * search.
	 */
	static final int CHOICES = 50;

	private final IndividualsManagement individuals;

	private final Directory directory;

	private final Clock clock;

	RecordsController(IndividualsManagement individuals, Directory directory, Clock clock) {
		this.individuals = individuals;
		this.directory = directory;
		this.clock = clock;
	}

	// --- consent ---

	@GetMapping("/persons/{id}/consents/new")
	String consentForm(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID id,
			@RequestParam(required = false) String principalQuery, Model model) {
		ConsentRecordForm form = ConsentRecordForm.empty(LocalDate.now(this.clock), me.principal().id());
		model.addAttribute("form", form);
		return consentPage(me, id, form, principalQuery, model);
	}

	@PostMapping("/persons/{id}/consents")
	String recordConsent(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID id,
			@Valid @ModelAttribute("form") ConsentRecordForm form, BindingResult binding,
			@RequestParam(required = false) String principalQuery, Model model, RedirectAttributes redirect) {
		return submit(id, binding, () -> this.individuals.recordConsent(me, id, form.command()),
				"individuals.consent.saved", CONSENT_FIELDS, redirect,
				() -> consentPage(me, id, form, principalQuery, model));
	}

	/**
	 * The form again, as posted, with the principals who match the search; saves nothing.
	 */
	@PostMapping(path = "/persons/{id}/consents", params = "search")
	String searchPrincipals(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID id,
			@ModelAttribute("form") ConsentRecordForm form, BindingResult binding,
			@RequestParam(required = false) String principalQuery, Model model) {
		return consentPage(me, id, form, principalQuery, model);
	}

	/**
	 * The consent form: the chosen principals first, then the likeliest or those the
	 * search found, at most {@link #CHOICES} (issue 7: every principal of the country
	 * would not fit).
	 */
	private String consentPage(SignedInStaff me, UUID id, ConsentRecordForm form, String principalQuery, Model model) {
		Candidates<PrincipalView> candidates = this.individuals.consentCandidates(me, id, principalQuery, CHOICES);
		List<PrincipalView> found = candidates.found();
		model.addAttribute("person", candidates.person());
		List<UUID> chosen = (form.principalIds() != null) ? form.principalIds() : List.of();
		model.addAttribute("principals",
				this.directory.principalChoice(principalQuery, found, chosen)
					.options()
					.stream()
					.map((principal) -> new Option(principal.id().toString(), principal.name()))
					.toList());
		model.addAttribute("principalQuery", principalQuery);
		model.addAttribute("principalMatches", found.size());
		model.addAttribute("principalLimit", CHOICES);
		model.addAttribute("consentForms", ConsentForm.values());
		model.addAttribute("givers", ConsentGiver.values());
		return "individuals/consent-form";
	}

	// --- SIP reference ---

	@GetMapping("/persons/{id}/sip-reference")
	String sipForm(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID id, Model model) {
		PersonView person = this.individuals.person(me, id);
		model.addAttribute("person", person);
		model.addAttribute("form", new SipReferenceForm(person.sipReference(), person.version()));
		return SIP_VIEW;
	}

	@PostMapping("/persons/{id}/sip-reference")
	String referToSip(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID id,
			@Valid @ModelAttribute("form") SipReferenceForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		return submit(id, binding, () -> this.individuals.referToSip(me, id, form.reference(), form.version()),
				"individuals.sip.saved", Map.of("error.person.sip-reference-too-long", "reference"), redirect, () -> {
					model.addAttribute("person", this.individuals.person(me, id));
					return SIP_VIEW;
				});
	}

	// --- revocation ---

	@GetMapping("/persons/{id}/consents/{consentId}/revocation")
	String revocationForm(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID id,
			@PathVariable UUID consentId, Model model) {
		ConsentView consent = revocationPage(me, id, consentId, model);
		model.addAttribute("form", new RevocationForm("", consent.version()));
		return "individuals/revocation-form";
	}

	@PostMapping("/persons/{id}/consents/{consentId}/revocation")
	String revoke(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID id, @PathVariable UUID consentId,
			@Valid @ModelAttribute("form") RevocationForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		return submit(id, binding,
				() -> this.individuals.revokeConsent(me, id, consentId, form.reason(), form.version()),
				"individuals.revocation.saved", Map.of("error.consent.reason-required", "reason"), redirect, () -> {
					revocationPage(me, id, consentId, model);
					return "individuals/revocation-form";
				});
	}

	private ConsentView revocationPage(SignedInStaff me, UUID id, UUID consentId, Model model) {
		model.addAttribute("person", this.individuals.person(me, id));
		ConsentView consent = this.individuals.consents(me, id)
			.stream()
			.filter((candidate) -> candidate.id().equals(consentId))
			.findFirst()
			.orElseThrow(NotFoundException::new);
		model.addAttribute("consent", consent);
		model.addAttribute("principalNames", this.directory.principalNames(consent.principalIds()));
		return consent;
	}

	// --- intervention ---

	@GetMapping("/persons/{id}/interventions/new")
	String interventionForm(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID id,
			@RequestParam(required = false) String responsibleQuery, Model model) {
		InterventionForm form = InterventionForm.empty(me.unit().id(), LocalDate.now(this.clock));
		model.addAttribute("form", form);
		return interventionPage(me, id, form, responsibleQuery, model);
	}

	@PostMapping("/persons/{id}/interventions")
	String startIntervention(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID id,
			@Valid @ModelAttribute("form") InterventionForm form, BindingResult binding,
			@RequestParam(required = false) String responsibleQuery, Model model, RedirectAttributes redirect) {
		return submit(id, binding, () -> this.individuals.startIntervention(me, id, form.command()),
				"individuals.intervention.saved", INTERVENTION_FIELDS, redirect,
				() -> interventionPage(me, id, form, responsibleQuery, model));
	}

	/**
	 * The form again, as posted, with the chosen unit's staff who match the search; saves
	 * nothing. With htmx the search posts the form, so that no typed text goes into an
	 * address; without it the search asks for a new form.
	 */
	@PostMapping(path = "/persons/{id}/interventions", params = "search")
	String searchResponsible(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID id,
			@ModelAttribute("form") InterventionForm form, BindingResult binding,
			@RequestParam(required = false) String responsibleQuery, Model model) {
		return interventionPage(me, id, form, responsibleQuery, model);
	}

	private String interventionPage(SignedInStaff me, UUID id, InterventionForm form, String responsibleQuery,
			Model model) {
		model.addAttribute("person", this.individuals.person(me, id));
		model.addAttribute("units",
				this.individuals.interventionUnits(me, id)
					.stream()
					.map((unit) -> new Option(unit.id().toString(), unit.name()))
					.toList());
		List<StaffView> found = (form.unitId() != null)
				? this.individuals.responsibleCandidates(me, id, form.unitId(), responsibleQuery, CHOICES) : List.of();
		List<UUID> chosen = (form.responsibleStaffId() != null) ? List.of(form.responsibleStaffId()) : List.of();
		model.addAttribute("staff",
				staffOptions(this.directory.staffChoice(responsibleQuery, found, chosen)
					.options()
					.stream()
					.filter((staff) -> staff.unitId().equals(form.unitId()))
					.toList()));
		model.addAttribute("responsibleQuery", responsibleQuery);
		model.addAttribute("responsibleMatches", found.size());
		model.addAttribute("responsibleLimit", CHOICES);
		return "individuals/intervention-form";
	}

	// --- contact ---

	@GetMapping("/persons/{id}/contacts/new")
	String contactForm(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID id,
			@RequestParam(required = false) String participantQuery, Model model) {
		ContactForm form = ContactForm.empty(LocalDateTime.now(this.clock).truncatedTo(ChronoUnit.MINUTES),
				me.staffId());
		model.addAttribute("form", form);
		return contactPage(me, id, form, participantQuery, model);
	}

	@PostMapping("/persons/{id}/contacts")
	String recordContact(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID id,
			@Valid @ModelAttribute("form") ContactForm form, BindingResult binding,
			@RequestParam(required = false) String participantQuery, Model model, RedirectAttributes redirect) {
		return submit(id, binding, () -> this.individuals.recordContact(me, id, form.command(this.clock.getZone())),
				"individuals.contact.saved", CONTACT_FIELDS, redirect,
				() -> contactPage(me, id, form, participantQuery, model));
	}

	/**
	 * The form again, as posted, with the participants who match the search; saves
	 * nothing.
	 */
	@PostMapping(path = "/persons/{id}/contacts", params = "search")
	String searchParticipants(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID id,
			@ModelAttribute("form") ContactForm form, BindingResult binding,
			@RequestParam(required = false) String participantQuery, Model model) {
		return contactPage(me, id, form, participantQuery, model);
	}

	private String contactPage(SignedInStaff me, UUID id, ContactForm form, String participantQuery, Model model) {
		Candidates<StaffView> candidates = this.individuals.contactCandidates(me, id, participantQuery, CHOICES);
		List<StaffView> found = candidates.found();
		model.addAttribute("person", candidates.person());
		List<UUID> chosen = (form.participantStaffIds() != null) ? form.participantStaffIds() : List.of();
		model.addAttribute("staff",
				staffOptions(this.directory.staffChoice(participantQuery, found, chosen).options()));
		model.addAttribute("participantQuery", participantQuery);
		model.addAttribute("participantMatches", found.size());
		model.addAttribute("participantLimit", CHOICES);
		model.addAttribute("channels", ContactChannel.values());
		model.addAttribute("purposes", ContactPurpose.values());
		return "individuals/contact-form";
	}

	/**
	 * Runs a valid form's command: then back to the person with a flash message; else the
	 * form again, with the refusal next to its field or at the top. A person the caller
	 * may not see stays "not found".
	 */
	private static String submit(UUID personId, BindingResult binding, Runnable command, String saved,
			Map<String, String> fields, RedirectAttributes redirect, Supplier<String> form) {
		if (!binding.hasErrors()) {
			try {
				command.run();
				redirect.addFlashAttribute("flash", saved);
				return "redirect:/persons/" + personId;
			}
			catch (NotFoundException ex) {
				throw ex;
			}
			catch (StaleVersionException | OptimisticLockingFailureException ex) {
				binding.reject("error.stale-version", "error.stale-version");
			}
			catch (DomainException ex) {
				Forms.reject(binding, ex, fields);
			}
		}
		return form.get();
	}

	private static List<Option> staffOptions(List<StaffView> staff) {
		return staff.stream()
			.map((member) -> new Option(member.id().toString(), member.displayName() + " (" + member.unitName() + ")"))
			.toList();
	}

}

package se.samverkan.individuals.web;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
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

import se.samverkan.individuals.DuplicatePersonException;
import se.samverkan.individuals.IndividualsManagement;
import se.samverkan.individuals.PersonPage;
import se.samverkan.individuals.PersonView;
import se.samverkan.organisation.Directory;
import se.samverkan.organisation.Directory.PrincipalView;
import se.samverkan.organisation.PrincipalKind;
import se.samverkan.organisation.SignedInStaff;
import se.samverkan.organisation.StaffFunction;
import se.samverkan.shared.DomainException;
import se.samverkan.shared.ErrorCode;
import se.samverkan.shared.Page;
import se.samverkan.shared.PageRequest;

/**
 * "Personer": finding a person by number, the persons the user's unit is involved with,
 * registering a person and the person page with one timeline. Who sees what is
 * {@link IndividualsManagement}'s to decide (R1, L4), and it logs every read (L3).
 */
@Controller
class PersonsController {

	static final int PAGE_SIZE = 20;

	private final IndividualsManagement individuals;

	private final Directory directory;

	private final Clock clock;

	private final MessageSource messages;

	PersonsController(IndividualsManagement individuals, Directory directory, Clock clock, MessageSource messages) {
		this.individuals = individuals;
		this.directory = directory;
		this.clock = clock;
		this.messages = messages;
	}

	/**
	 * The unit's persons, or with a number the search's answer alone: a search reads and
	 * logs (L3) the person looked for, not the 20 persons of the list as well.
	 */
	@GetMapping("/persons")
	String persons(@AuthenticationPrincipal SignedInStaff me, @Valid @ModelAttribute("search") SearchForm search,
			BindingResult binding, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("mayReviewAccessLog",
				me.holds(StaffFunction.MANAGER) || me.holds(StaffFunction.HEAD_OF_OPERATIONS));
		if (binding.hasErrors()) {
			return "individuals/persons";
		}
		if (search.isSearch()) {
			try {
				Optional<PersonView> found = this.individuals.lookup(me, search.number());
				model.addAttribute("searched", true);
				model.addAttribute("found", found.orElse(null));
			}
			catch (DomainException ex) {
				if (ex.code() != ErrorCode.INVALID_PERSONAL_IDENTITY_NUMBER) {
					throw ex;
				}
				Forms.reject(binding, ex, Map.of(ex.messageKey(), "number"));
			}
			return "individuals/persons";
		}
		Page<PersonView> persons = this.individuals.persons(me, new PageRequest(Math.max(page, 0), PAGE_SIZE));
		model.addAttribute("persons", persons);
		model.addAttribute("municipalities", this.directory
			.principalNames(persons.items().stream().map(PersonView::homeMunicipalityId).collect(Collectors.toSet())));
		return "individuals/persons";
	}

	@GetMapping("/persons/new")
	String registration(@AuthenticationPrincipal SignedInStaff me,
			@RequestParam(name = "number", required = false) String number, Model model) {
		UUID home = (me.principal().kind() == PrincipalKind.MUNICIPALITY) ? me.principal().id() : null;
		model.addAttribute("form", RegistrationForm.empty(number, home));
		return registrationPage(model);
	}

	@PostMapping("/persons")
	String register(@AuthenticationPrincipal SignedInStaff me, @Valid @ModelAttribute("form") RegistrationForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			return registrationPage(model);
		}
		PersonView person;
		try {
			person = this.individuals.register(me, form.command());
		}
		catch (DuplicatePersonException ex) {
			binding.rejectValue("personalIdentityNumber", ex.messageKey(), ex.messageKey());
			ex.visibleExistingPersonId().ifPresent((id) -> model.addAttribute("existingPersonId", id));
			return registrationPage(model);
		}
		catch (DomainException ex) {
			Forms.reject(binding, ex, Map.of(ErrorCode.INVALID_PERSONAL_IDENTITY_NUMBER.messageKey(),
					"personalIdentityNumber", "error.person.home-municipality-unknown", "homeMunicipalityId"));
			return registrationPage(model);
		}
		redirect.addFlashAttribute("flash", "individuals.register.saved");
		return "redirect:/persons/" + person.id();
	}

	@GetMapping("/persons/{id}")
	String person(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID id,
			@RequestParam(name = "timeline", defaultValue = "0") int timelinePage, Locale locale, Model model) {
		PersonPage page = this.individuals.personPage(me, id, timelinePage);
		PersonView person = page.person();
		StaffNames staffNames = new StaffNames(page.staffNames());
		model.addAttribute("person", person);
		model.addAttribute("consents", page.consents());
		model.addAttribute("interventions", page.interventions());
		model.addAttribute("timeline", timeline(page, new MessageSourceAccessor(this.messages, locale), staffNames));
		model.addAttribute("timelinePage", page.timelinePage());
		model.addAttribute("olderTimeline", page.olderPages());
		model.addAttribute("principalNames", page.principalNames());
		model.addAttribute("staffNames", staffNames);
		model.addAttribute("homeMunicipality", page.principalNames().get(person.homeMunicipalityId()));
		model.addAttribute("registeredBy", page.registeredBy());
		model.addAttribute("mayReadAccessLog", page.mayReadAccessLog());
		return "individuals/person";
	}

	/**
	 * The transition list, a page of {@value #PAGE_SIZE} at a time: only the persons
	 * shown are read and logged (L3).
	 */
	@GetMapping("/transitions")
	String transitions(@AuthenticationPrincipal SignedInStaff me,
			@RequestParam(name = "months", defaultValue = "6") String months,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("months", months);
		try {
			int withinMonths = Integer.parseInt(months.strip());
			model.addAttribute("transitions",
					this.individuals.transitions(me, withinMonths, new PageRequest(Math.max(page, 0), PAGE_SIZE)));
			model.addAttribute("withinMonths", withinMonths);
		}
		catch (NumberFormatException ex) {
			model.addAttribute("monthsError", "error.transitions.window");
		}
		catch (DomainException ex) {
			if (ex.code() != ErrorCode.VALIDATION_FAILED) {
				throw ex;
			}
			model.addAttribute("monthsError", ex.messageKey());
		}
		return "individuals/transitions";
	}

	private String registrationPage(Model model) {
		model.addAttribute("municipalities",
				this.directory.principals(PrincipalKind.MUNICIPALITY)
					.stream()
					.filter(PrincipalView::active)
					.sorted(Comparator.comparing(PrincipalView::name))
					.map((principal) -> new Option(principal.id().toString(), principal.name()))
					.toList());
		return "individuals/register";
	}

	/**
	 * The page's contacts, the interventions and consents of its time and the other
	 * modules' entries in one list, newest first.
	 */
	private List<TimelineEntry> timeline(PersonPage page, MessageSourceAccessor texts, StaffNames staffNames) {
		ZoneId zone = this.clock.getZone();
		List<TimelineEntry> entries = new ArrayList<>();
		page.contacts().forEach((contact) -> entries.add(TimelineEntry.of(contact, zone, texts, staffNames)));
		page.interventions()
			.stream()
			.map((intervention) -> TimelineEntry.of(intervention, zone, texts))
			.filter((entry) -> page.covers(entry.at().toInstant()))
			.forEach(entries::add);
		page.consents()
			.stream()
			.map((consent) -> TimelineEntry.of(consent, zone, texts))
			.filter((entry) -> page.covers(entry.at().toInstant()))
			.forEach(entries::add);
		page.contributed().forEach((item) -> entries.add(TimelineEntry.of(item, zone, texts)));
		entries.sort(Comparator.comparing(TimelineEntry::at).reversed());
		return entries;
	}

	/** Staff names for the page, read at once. */
	static final class StaffNames {

		private final Map<UUID, String> names;

		StaffNames(Map<UUID, String> names) {
			this.names = names;
		}

		public String of(UUID staffId) {
			if (staffId == null) {
				return null;
			}
			return this.names.getOrDefault(staffId, "");
		}

		public String all(java.util.Collection<UUID> staffIds) {
			return staffIds.stream().map(this::of).sorted().collect(Collectors.joining(", "));
		}

	}

}

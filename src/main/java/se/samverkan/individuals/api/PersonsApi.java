package se.samverkan.individuals.api;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.samverkan.individuals.AccessAction;
import se.samverkan.individuals.AccessLogEntry;
import se.samverkan.individuals.Commands;
import se.samverkan.individuals.ConsentForm;
import se.samverkan.individuals.ConsentGiver;
import se.samverkan.individuals.ConsentStatus;
import se.samverkan.individuals.ConsentView;
import se.samverkan.individuals.ContactChannel;
import se.samverkan.individuals.ContactPurpose;
import se.samverkan.individuals.ContactView;
import se.samverkan.individuals.DuplicatePersonException;
import se.samverkan.individuals.IndividualsManagement;
import se.samverkan.individuals.InterventionView;
import se.samverkan.individuals.PersonView;
import se.samverkan.organisation.SignedInStaff;
import se.samverkan.shared.NotFoundException;
import se.samverkan.shared.Page;
import se.samverkan.shared.PageRequest;
import se.samverkan.shared.web.Versions;

/**
 * Persons, their consents, interventions, contacts and access log (R1–R4, L1–L4). Every
 * rule is in {@link IndividualsManagement}; a person the caller may not see is 404.
 */
@RestController
@RequestMapping("/api/v1/persons")
class PersonsApi {

	private final IndividualsManagement individuals;

	private final MessageSource messages;

	PersonsApi(IndividualsManagement individuals, MessageSource messages) {
		this.individuals = individuals;
		this.messages = messages;
	}

	@PostMapping
	ResponseEntity<PersonResponse> register(@AuthenticationPrincipal SignedInStaff me,
			@Valid @RequestBody RegisterPersonRequest request) {
		PersonView person = this.individuals.register(me,
				new Commands.RegisterPerson(request.personalIdentityNumber(), request.firstName(), request.lastName(),
						request.homeMunicipalityId(), Boolean.TRUE.equals(request.protectedIdentity())));
		return ResponseEntity.created(URI.create("/api/v1/persons/" + person.id())).body(PersonResponse.of(person));
	}

	@GetMapping
	Page<PersonResponse> persons(@AuthenticationPrincipal SignedInStaff me,
			@RequestParam(required = false) String personalIdentityNumber, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		PageRequest request = PageRequest.of(page, size);
		if (personalIdentityNumber != null) {
			List<PersonResponse> found = this.individuals.lookup(me, personalIdentityNumber)
				.map(PersonResponse::of)
				.stream()
				.toList();
			return Lists.page(found, request);
		}
		return this.individuals.persons(me, request).map(PersonResponse::of);
	}

	/**
	 * Where the person's coordinated individual plan (SIP) is kept; a blank reference
	 * removes it.
	 */
	@PutMapping("/{personId}/sip-reference")
	PersonResponse referToSip(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID personId,
			@Valid @RequestBody SipReferenceRequest request,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		return PersonResponse
			.of(this.individuals.referToSip(me, personId, request.reference(), Versions.fromIfMatch(ifMatch)));
	}

	@GetMapping("/{personId}")
	PersonResponse person(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID personId) {
		return PersonResponse.of(this.individuals.person(me, personId));
	}

	@PostMapping("/{personId}/consents")
	ResponseEntity<ConsentResponse> recordConsent(@AuthenticationPrincipal SignedInStaff me,
			@PathVariable UUID personId, @Valid @RequestBody ConsentRequest request) {
		ConsentView consent = this.individuals.recordConsent(me, personId,
				new Commands.RecordConsent(request.givenOn(), request.form(), request.givenBy(), request.principalIds(),
						request.validUntil(), request.childView(), request.note()));
		return ResponseEntity.created(URI.create("/api/v1/persons/" + personId + "/consents/" + consent.id()))
			.body(ConsentResponse.of(consent));
	}

	@GetMapping("/{personId}/consents")
	Page<ConsentResponse> consents(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID personId,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		PageRequest request = PageRequest.of(page, size);
		return Lists.page(this.individuals.consents(me, personId).stream().map(ConsentResponse::of).toList(), request);
	}

	@GetMapping("/{personId}/consents/{consentId}")
	ConsentResponse consent(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID personId,
			@PathVariable UUID consentId) {
		return ConsentResponse.of(one(this.individuals.consents(me, personId), ConsentView::id, consentId));
	}

	@PostMapping("/{personId}/consents/{consentId}/revocation")
	ConsentResponse revoke(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID personId,
			@PathVariable UUID consentId, @Valid @RequestBody RevocationRequest request,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		return ConsentResponse.of(this.individuals.revokeConsent(me, personId, consentId, request.reason(),
				Versions.fromIfMatch(ifMatch)));
	}

	@PostMapping("/{personId}/interventions")
	ResponseEntity<InterventionResponse> startIntervention(@AuthenticationPrincipal SignedInStaff me,
			@PathVariable UUID personId, @Valid @RequestBody InterventionRequest request) {
		InterventionView intervention = this.individuals.startIntervention(me, personId,
				new Commands.StartIntervention(request.unitId(), request.title(), request.responsibleStaffId(),
						request.startedOn(), request.endedOn()));
		return ResponseEntity.created(URI.create("/api/v1/persons/" + personId + "/interventions/" + intervention.id()))
			.body(InterventionResponse.of(intervention));
	}

	@GetMapping("/{personId}/interventions")
	Page<InterventionResponse> interventions(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID personId,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		PageRequest request = PageRequest.of(page, size);
		return Lists.page(this.individuals.interventions(me, personId).stream().map(InterventionResponse::of).toList(),
				request);
	}

	@GetMapping("/{personId}/interventions/{interventionId}")
	InterventionResponse intervention(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID personId,
			@PathVariable UUID interventionId) {
		return InterventionResponse
			.of(one(this.individuals.interventions(me, personId), InterventionView::id, interventionId));
	}

	@PostMapping("/{personId}/contacts")
	ResponseEntity<ContactResponse> recordContact(@AuthenticationPrincipal SignedInStaff me,
			@PathVariable UUID personId, @Valid @RequestBody ContactRequest request) {
		ContactView contact = this.individuals.recordContact(me, personId,
				new Commands.RecordContact(request.occurredAt(), request.channel(), request.purpose(),
						request.participantStaffIds(), request.summary()));
		return ResponseEntity.created(URI.create("/api/v1/persons/" + personId + "/contacts/" + contact.id()))
			.body(ContactResponse.of(contact));
	}

	@GetMapping("/{personId}/contacts")
	Page<ContactResponse> contacts(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID personId,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return this.individuals.contacts(me, personId, PageRequest.of(page, size)).map(ContactResponse::of);
	}

	@GetMapping("/{personId}/contacts/{contactId}")
	ContactResponse contact(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID personId,
			@PathVariable UUID contactId) {
		return this.individuals.contact(me, personId, contactId)
			.map(ContactResponse::of)
			.orElseThrow(NotFoundException::new);
	}

	@GetMapping("/{personId}/access-log")
	Page<AccessLogResponse> accessLog(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID personId,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return this.individuals.accessLog(me, personId, PageRequest.of(page, size)).map(AccessLogResponse::of);
	}

	/**
	 * 409 {@code duplicate-person}, with the existing person's id only when the caller
	 * may see them.
	 */
	@ExceptionHandler(DuplicatePersonException.class)
	ResponseEntity<ProblemDetail> duplicate(DuplicatePersonException ex) {
		HttpStatus status = ex.code().status();
		ProblemDetail body = ProblemDetail.forStatusAndDetail(status, message(ex.messageKey()));
		body.setTitle(message(ex.code().messageKey()));
		body.setProperty("code", ex.code().code());
		ex.visibleExistingPersonId().ifPresent((id) -> body.setProperty("existingPersonId", id));
		return ResponseEntity.status(status).body(body);
	}

	private String message(String key) {
		return this.messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}

	record RegisterPersonRequest(String personalIdentityNumber, @NotBlank @Size(max = 100) String firstName,
			@NotBlank @Size(max = 100) String lastName, @NotNull UUID homeMunicipalityId, Boolean protectedIdentity) {
	}

	record PersonResponse(UUID id, String personalIdentityNumber, boolean coordinationNumber, LocalDate birthDate,
			int age, String suggestedHabilitationUnit, String firstName, String lastName, boolean nameHidden,
			boolean protectedIdentity, UUID homeMunicipalityId, UUID registeredByUnitId, Instant registeredAt,
			String sipReference, int version) {

		static PersonResponse of(PersonView person) {
			return new PersonResponse(person.id(), person.personalIdentityNumber(), person.coordinationNumber(),
					person.birthDate(), person.age(), person.suggestedHabilitationUnit().name(), person.firstName(),
					person.lastName(), person.nameHidden(), person.protectedIdentity(), person.homeMunicipalityId(),
					person.registeredByUnitId(), person.registeredAt(), person.sipReference(), person.version());
		}

	}

	record ConsentRequest(@NotNull LocalDate givenOn, @NotNull ConsentForm form, ConsentGiver givenBy,
			@NotNull @Size(min = 2) List<UUID> principalIds, LocalDate validUntil, @Size(max = 2000) String childView,
			@Size(max = 2000) String note) {
	}

	record ConsentResponse(UUID id, UUID personId, ConsentStatus status, LocalDate givenOn, ConsentForm form,
			ConsentGiver givenBy, Set<UUID> principalIds, LocalDate validUntil, LocalDate endsOn, String childView,
			String note, UUID recordedBy, Instant recordedAt, Instant revokedAt, UUID revokedBy,
			String revocationReason, int version) {

		static ConsentResponse of(ConsentView consent) {
			return new ConsentResponse(consent.id(), consent.personId(), consent.status(), consent.givenOn(),
					consent.form(), consent.givenBy(), consent.principalIds(), consent.validUntil(), consent.endsOn(),
					consent.childView(), consent.note(), consent.recordedBy(), consent.recordedAt(),
					consent.revokedAt(), consent.revokedBy(), consent.revocationReason(), consent.version());
		}

	}

	record SipReferenceRequest(@Size(max = 200) String reference) {
	}

	record RevocationRequest(@NotBlank @Size(max = 2000) String reason) {
	}

	record InterventionRequest(UUID unitId, @NotBlank @Size(max = 200) String title, UUID responsibleStaffId,
			@NotNull LocalDate startedOn, LocalDate endedOn) {
	}

	record InterventionResponse(UUID id, UUID personId, UUID unitId, String unitName, String title,
			UUID responsibleStaffId, LocalDate startedOn, LocalDate endedOn, boolean ongoing, int version) {

		static InterventionResponse of(InterventionView intervention) {
			return new InterventionResponse(intervention.id(), intervention.personId(), intervention.unitId(),
					intervention.unitName(), intervention.title(), intervention.responsibleStaffId(),
					intervention.startedOn(), intervention.endedOn(), intervention.ongoing(), intervention.version());
		}

	}

	record ContactRequest(@NotNull Instant occurredAt, @NotNull ContactChannel channel, @NotNull ContactPurpose purpose,
			@NotNull @Size(min = 1) List<UUID> participantStaffIds, @NotBlank @Size(max = 8000) String summary) {
	}

	record ContactResponse(UUID id, UUID personId, UUID unitId, UUID recordedBy, Instant occurredAt,
			ContactChannel channel, ContactPurpose purpose, boolean withPerson, Set<UUID> participantStaffIds,
			String summary, Instant recordedAt, int version) {

		static ContactResponse of(ContactView contact) {
			return new ContactResponse(contact.id(), contact.personId(), contact.unitId(), contact.recordedBy(),
					contact.occurredAt(), contact.channel(), contact.purpose(), contact.withPerson(),
					contact.participantStaffIds(), contact.summary(), contact.recordedAt(), contact.version());
		}

	}

	record AccessLogResponse(Instant at, UUID staffId, String username, UUID unitId, String unitName,
			AccessAction action) {

		static AccessLogResponse of(AccessLogEntry entry) {
			return new AccessLogResponse(entry.at(), entry.staffId(), entry.username(), entry.unitId(),
					entry.unitName(), entry.action());
		}

	}

	/**
	 * The one item of a person's list with that id; else "not found", as for a person.
	 */
	private static <T> T one(List<T> items, Function<T, UUID> id, UUID wanted) {
		return items.stream()
			.filter((item) -> id.apply(item).equals(wanted))
			.findFirst()
			.orElseThrow(NotFoundException::new);
	}

}

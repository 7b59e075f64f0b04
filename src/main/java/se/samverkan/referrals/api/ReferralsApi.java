package se.samverkan.referrals.api;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.samverkan.individuals.PersonView;
import se.samverkan.organisation.SignedInStaff;
import se.samverkan.organisation.UnitKind;
import se.samverkan.referrals.CreateReferral;
import se.samverkan.referrals.Outcome;
import se.samverkan.referrals.ReferralManagement;
import se.samverkan.referrals.ReferralManagement.Box;
import se.samverkan.referrals.ReferralPdf;
import se.samverkan.referrals.ReferralStatus;
import se.samverkan.referrals.ReferralView;
import se.samverkan.referrals.Urgency;
import se.samverkan.shared.DomainException;
import se.samverkan.shared.ErrorCode;
import se.samverkan.shared.Page;
import se.samverkan.shared.PageRequest;
import se.samverkan.shared.web.Versions;

/**
 * Referrals (R6, L2) as the contract writes them: create a draft, send, receipt,
 * decision, withdrawal, the unit's inbox and outbox, one referral. A referral the
 * caller's unit is no side of is 404; a move outside the status machine is 409
 * {@code invalid-transition}; a stale {@code If-Match} is 412.
 */
@RestController
@RequestMapping("/api/v1/referrals")
class ReferralsApi {

	private final ReferralManagement referrals;

	private final ReferralPdf pdf;

	ReferralsApi(ReferralManagement referrals, ReferralPdf pdf) {
		this.referrals = referrals;
		this.pdf = pdf;
	}

	@PostMapping
	ResponseEntity<ReferralResponse> create(@AuthenticationPrincipal SignedInStaff me,
			@Valid @RequestBody ReferralRequest request) {
		ReferralView created = this.referrals.create(me, new CreateReferral(request.personId(), request.toUnitId(),
				request.reason(), request.question(), request.urgency()));
		return ResponseEntity.created(URI.create("/api/v1/referrals/" + created.id()))
			.body(ReferralResponse.of(created));
	}

	@PostMapping("/{id}/send")
	ReferralResponse send(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return ReferralResponse.of(this.referrals.send(me, id, Versions.fromIfMatch(ifMatch)));
	}

	@PostMapping("/{id}/receipt")
	ReferralResponse receive(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return ReferralResponse.of(this.referrals.receive(me, id, Versions.fromIfMatch(ifMatch)));
	}

	@PostMapping("/{id}/decision")
	ReferralResponse decide(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody DecisionRequest request) {
		return ReferralResponse
			.of(this.referrals.decide(me, id, request.outcome(), request.comment(), Versions.fromIfMatch(ifMatch)));
	}

	@PostMapping("/{id}/withdrawal")
	ReferralResponse withdraw(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return ReferralResponse.of(this.referrals.withdraw(me, id, Versions.fromIfMatch(ifMatch)));
	}

	@GetMapping
	Page<ReferralResponse> list(@AuthenticationPrincipal SignedInStaff me,
			@RequestParam(defaultValue = "inbox") String box, @RequestParam(required = false) ReferralStatus status,
			@RequestParam(defaultValue = "false") boolean overdue, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return this.referrals.box(me, box(box), status, overdue, PageRequest.of(page, size)).map(ReferralResponse::of);
	}

	/**
	 * One referral, with its version as the {@code ETag} to send back in
	 * {@code If-Match}.
	 */
	@GetMapping("/{id}")
	ResponseEntity<ReferralResponse> one(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID id) {
		ReferralView referral = this.referrals.one(me, id);
		return ResponseEntity.ok().eTag("\"" + referral.version() + "\"").body(ReferralResponse.of(referral));
	}

	@GetMapping(path = "/{id}.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> pdf(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID id, Locale locale) {
		byte[] body = this.pdf.render(this.referrals.one(me, id), locale);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("remiss-" + id + ".pdf").build().toString())
			.body(body);
	}

	private static Box box(String value) {
		return switch (value.strip().toLowerCase(Locale.ROOT)) {
			case "inbox" -> Box.INBOX;
			case "outbox" -> Box.OUTBOX;
			default -> throw new DomainException(ErrorCode.VALIDATION_FAILED, "error.referral.box-unknown");
		};
	}

	record ReferralRequest(@NotNull UUID personId, UUID toUnitId, String reason, String question, Urgency urgency) {
	}

	record DecisionRequest(@NotNull Outcome outcome, String comment) {
	}

	record PersonResponse(UUID id, String personalIdentityNumber, String firstName, String lastName, boolean nameHidden,
			int age) {

		static PersonResponse of(PersonView person) {
			return (person != null) ? new PersonResponse(person.id(), person.personalIdentityNumber(),
					person.firstName(), person.lastName(), person.nameHidden(), person.age()) : null;
		}

	}

	record UnitResponse(UUID id, String name, UnitKind kind) {
	}

	record StepResponse(ReferralStatus status, Instant at, UUID staffId, String staffName, UUID unitId, String unitName,
			String comment) {
	}

	record ReferralResponse(UUID id, UUID personId, PersonResponse person, boolean personHidden, UnitResponse fromUnit,
			UnitResponse toUnit, String reason, String question, Urgency urgency, ReferralStatus status,
			UUID createdByStaffId, String createdByName, Instant createdAt, Instant sentAt, Instant receivedAt,
			Instant decidedAt, Instant withdrawnAt, String decisionComment, UUID interventionId, Long daysWaited,
			boolean overdue, Instant dueAt, List<String> allowedMoves, List<StepResponse> history, int version) {

		static ReferralResponse of(ReferralView view) {
			return new ReferralResponse(view.id(), view.personId(), PersonResponse.of(view.person()),
					view.personHidden(), new UnitResponse(view.fromUnitId(), view.fromUnitName(), null),
					new UnitResponse(view.toUnitId(), view.toUnitName(), view.toUnitKind()), view.reason(),
					view.question(), view.urgency(), view.status(), view.createdByStaffId(), view.createdByName(),
					view.createdAt(), view.sentAt(), view.receivedAt(), view.decidedAt(), view.withdrawnAt(),
					view.decisionComment(), view.interventionId(), view.daysWaited(), view.overdue(), view.dueAt(),
					view.moves().stream().sorted().map(Enum::name).toList(),
					view.history()
						.stream()
						.map((step) -> new StepResponse(step.status(), step.at(), step.staffId(), step.staffName(),
								step.unitId(), step.unitName(), step.comment()))
						.toList(),
					view.version());
		}

	}

}

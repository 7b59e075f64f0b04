package se.samverkan.agreements.api;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpHeaders;
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

import se.samverkan.agreements.AgreementManagement;
import se.samverkan.agreements.AgreementStatus;
import se.samverkan.agreements.AgreementView;
import se.samverkan.organisation.SignedInStaff;
import se.samverkan.shared.NotFoundException;
import se.samverkan.shared.Page;
import se.samverkan.shared.PageRequest;
import se.samverkan.shared.web.Versions;

/**
 * The agreement (R23, R24): the current one with its parties and three-year validity, all
 * of them with the 2013 agreement as replaced, follow-ups and proposed changes.
 */
@RestController
@RequestMapping("/api/v1/agreements")
class AgreementsApi {

	private final AgreementManagement agreements;

	private final Clock clock;

	AgreementsApi(AgreementManagement agreements, Clock clock) {
		this.agreements = agreements;
		this.clock = clock;
	}

	@GetMapping
	Page<AgreementResponse> list(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		PageRequest which = PageRequest.of(page, size);
		List<AgreementView> all = this.agreements.all();
		int from = (int) Math.min(which.offset(), all.size());
		int to = Math.min(from + which.size(), all.size());
		return new Page<>(all.subList(from, to).stream().map(this::of).toList(), which.page(), which.size(),
				all.size());
	}

	@GetMapping("/current")
	AgreementResponse current() {
		return this.agreements.current().map(this::of).orElseThrow(NotFoundException::new);
	}

	@GetMapping("/{id}")
	AgreementResponse read(@PathVariable UUID id) {
		return of(this.agreements.agreement(id));
	}

	@PostMapping
	ResponseEntity<AgreementResponse> conclude(@AuthenticationPrincipal SignedInStaff me,
			@RequestBody AgreementRequest request) {
		AgreementView agreement = this.agreements.conclude(me, request.title(), request.summary(), request.validFrom(),
				request.partyUnitIds(), request.replaces());
		return ResponseEntity.created(URI.create("/api/v1/agreements/" + agreement.id())).body(of(agreement));
	}

	@PostMapping("/{id}/follow-ups")
	AgreementResponse followUp(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID id,
			@RequestBody NoteRequest request,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return of(this.agreements.followUp(me, id, request.text(), Versions.fromIfMatch(ifMatch)));
	}

	@PostMapping("/{id}/proposed-changes")
	AgreementResponse proposeChange(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID id,
			@RequestBody NoteRequest request,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return of(this.agreements.proposeChange(me, id, request.text(), Versions.fromIfMatch(ifMatch)));
	}

	private AgreementResponse of(AgreementView view) {
		return new AgreementResponse(view.id(), view.title(), view.summary(), view.validFrom(), view.validTo(),
				view.partyUnitIds(), view.replaces(), view.replacesTitle(), view.status(),
				view.followUps().stream().map(this::of).toList(),
				view.proposedChanges().stream().map(this::of).toList(), view.version());
	}

	private NoteResponse of(AgreementView.NoteView note) {
		return new NoteResponse(note.id(), note.text(), note.writtenBy(),
				note.writtenAt().atZone(this.clock.getZone()).toOffsetDateTime());
	}

	record AgreementRequest(String title, String summary, LocalDate validFrom, List<UUID> partyUnitIds, UUID replaces) {
	}

	record NoteRequest(String text) {
	}

	record AgreementResponse(UUID id, String title, String summary, LocalDate validFrom, LocalDate validTo,
			List<UUID> partyUnitIds, UUID replaces, String replacesTitle, AgreementStatus status,
			List<NoteResponse> followUps, List<NoteResponse> proposedChanges, int version) {
	}

	record NoteResponse(UUID id, String text, String writtenBy, OffsetDateTime writtenAt) {
	}

}

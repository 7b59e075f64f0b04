package se.samverkan.resources.api;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
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

import se.samverkan.organisation.SignedInStaff;
import se.samverkan.resources.ResourceAgreementManagement;
import se.samverkan.resources.ResourceAgreementView;
import se.samverkan.shared.Page;
import se.samverkan.shared.PageRequest;
import se.samverkan.shared.web.Versions;

/** Resource agreements (R15), approved by each listed unit's head of operations. */
@RestController
@RequestMapping("/api/v1/resource-agreements")
class ResourceAgreementsApi {

	private final ResourceAgreementManagement agreements;

	private final Clock clock;

	ResourceAgreementsApi(ResourceAgreementManagement agreements, Clock clock) {
		this.agreements = agreements;
		this.clock = clock;
	}

	@PostMapping
	ResponseEntity<Response> propose(@AuthenticationPrincipal SignedInStaff me, @RequestBody Request request) {
		ResourceAgreementView agreement = this.agreements.propose(me, request.title(), request.description(),
				request.unitIds());
		return ResponseEntity.created(URI.create("/api/v1/resource-agreements/" + agreement.id())).body(of(agreement));
	}

	@GetMapping
	Page<Response> list(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return this.agreements.agreements(PageRequest.of(page, size)).map(this::of);
	}

	@GetMapping("/{id}")
	Response read(@PathVariable UUID id) {
		return of(this.agreements.agreement(id));
	}

	@PostMapping("/{id}/approvals")
	Response approve(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return of(this.agreements.approve(me, id, Versions.fromIfMatch(ifMatch)));
	}

	private Response of(ResourceAgreementView view) {
		return new Response(view.id(), view.title(), view.description(), view.status(),
				view.parties().stream().map(ResourceAgreementView.PartyView::unitId).toList(),
				view.parties()
					.stream()
					.filter(ResourceAgreementView.PartyView::approved)
					.map((p) -> new Approval(p.unitId(), p.unitName(), p.approvedBy(), at(p.approvedAt())))
					.toList(),
				view.pendingUnitIds(), view.proposedBy(), at(view.proposedAt()), at(view.approvedAt()), view.version());
	}

	private OffsetDateTime at(Instant instant) {
		return (instant != null) ? instant.atZone(this.clock.getZone()).toOffsetDateTime() : null;
	}

	record Request(String title, String description, List<UUID> unitIds) {
	}

	record Approval(UUID unitId, String unitName, String approvedBy, OffsetDateTime approvedAt) {
	}

	record Response(UUID id, String title, String description, String status, List<UUID> unitIds,
			List<Approval> approvals, List<UUID> pendingUnitIds, String proposedBy, OffsetDateTime proposedAt,
			OffsetDateTime approvedAt, int version) {
	}

}

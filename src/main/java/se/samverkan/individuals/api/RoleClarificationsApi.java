package se.samverkan.individuals.api;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.samverkan.individuals.Commands;
import se.samverkan.individuals.RoleClarificationService;
import se.samverkan.individuals.RoleClarificationView;
import se.samverkan.organisation.SignedInStaff;
import se.samverkan.shared.Page;
import se.samverkan.shared.PageRequest;

/**
 * Role clarifications about a person (R5): sent to the responsible professionals, who
 * acknowledge them. A person the caller may not see is 404.
 */
@RestController
@RequestMapping("/api/v1/persons/{personId}/role-clarifications")
class RoleClarificationsApi {

	private final RoleClarificationService clarifications;

	RoleClarificationsApi(RoleClarificationService clarifications) {
		this.clarifications = clarifications;
	}

	@PostMapping
	ResponseEntity<RoleClarificationResponse> send(@AuthenticationPrincipal SignedInStaff me,
			@PathVariable UUID personId, @Valid @RequestBody RoleClarificationRequest request) {
		List<Commands.RoleEntry> entries = request.entries()
			.stream()
			.map((entry) -> (entry != null) ? new Commands.RoleEntry(entry.interventionId(), entry.role()) : null)
			.toList();
		RoleClarificationView sent = this.clarifications.send(me, personId,
				new Commands.SendRoleClarification(entries, request.recipientStaffIds()));
		return ResponseEntity.created(URI.create("/api/v1/persons/" + personId + "/role-clarifications/" + sent.id()))
			.body(RoleClarificationResponse.of(sent));
	}

	@GetMapping
	Page<RoleClarificationResponse> list(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID personId,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return this.clarifications.ofPerson(me, personId, PageRequest.of(page, size))
			.map(RoleClarificationResponse::of);
	}

	@GetMapping("/{rcId}")
	RoleClarificationResponse one(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID personId,
			@PathVariable UUID rcId) {
		return RoleClarificationResponse.of(this.clarifications.one(me, personId, rcId));
	}

	@PostMapping("/{rcId}/acknowledgement")
	RoleClarificationResponse acknowledge(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID personId,
			@PathVariable UUID rcId) {
		return RoleClarificationResponse.of(this.clarifications.acknowledge(me, personId, rcId));
	}

	record RoleClarificationRequest(@NotNull @Size(min = 1) List<@Valid EntryRequest> entries,
			@NotNull @Size(min = 1) List<UUID> recipientStaffIds) {
	}

	record EntryRequest(UUID interventionId, String role) {
	}

	record RoleClarificationResponse(UUID id, UUID personId, UUID sentByStaffId, String sentByName, UUID sentByUnitId,
			String sentByUnitName, Instant sentAt, List<EntryResponse> entries, List<RecipientResponse> recipients,
			boolean acknowledgedByAll, int version) {

		static RoleClarificationResponse of(RoleClarificationView view) {
			return new RoleClarificationResponse(view.id(), view.personId(), view.sentByStaffId(), view.sentByName(),
					view.sentByUnitId(), view.sentByUnitName(), view.sentAt(),
					view.entries()
						.stream()
						.map((entry) -> new EntryResponse(entry.interventionId(), entry.interventionTitle(),
								entry.unitId(), entry.unitName(), entry.role()))
						.toList(),
					view.recipients()
						.stream()
						.map((recipient) -> new RecipientResponse(recipient.staffId(), recipient.displayName(),
								recipient.unitName(), recipient.acknowledgedAt() != null, recipient.acknowledgedAt()))
						.toList(),
					view.acknowledgedByAll(), view.version());
		}

	}

	record EntryResponse(UUID interventionId, String interventionTitle, UUID unitId, String unitName, String role) {
	}

	record RecipientResponse(UUID staffId, String displayName, String unitName, boolean acknowledged,
			Instant acknowledgedAt) {
	}

}

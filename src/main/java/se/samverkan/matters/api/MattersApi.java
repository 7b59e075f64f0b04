package se.samverkan.matters.api;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

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

import se.samverkan.matters.MatterCategory;
import se.samverkan.matters.MatterManagement;
import se.samverkan.matters.MatterManagement.MatterFilter;
import se.samverkan.matters.MatterManagement.ReportMatter;
import se.samverkan.matters.MatterSource;
import se.samverkan.matters.MatterStatus;
import se.samverkan.matters.MatterView;
import se.samverkan.matters.StepKind;
import se.samverkan.organisation.SignedInStaff;
import se.samverkan.shared.Page;
import se.samverkan.shared.PageRequest;
import se.samverkan.shared.web.Versions;

/**
 * Matters (R9, R11, R16, L5): anyone signed in reports one; conveners and steering-group
 * members move it on. Every rule is in {@link MatterManagement}.
 */
@RestController
@RequestMapping("/api/v1/matters")
class MattersApi {

	private final MatterManagement matters;

	private final Clock clock;

	MattersApi(MatterManagement matters, Clock clock) {
		this.matters = matters;
		this.clock = clock;
	}

	@PostMapping
	ResponseEntity<MatterResponse> report(@AuthenticationPrincipal SignedInStaff me,
			@RequestBody MatterRequest request) {
		MatterView matter = this.matters.report(me,
				new ReportMatter(request.title(), request.description(), request.category(), request.source()));
		return ResponseEntity.created(URI.create("/api/v1/matters/" + matter.id())).body(response(matter));
	}

	@GetMapping
	Page<MatterListResponse> matters(@AuthenticationPrincipal SignedInStaff me,
			@RequestParam(required = false) MatterStatus status,
			@RequestParam(required = false) MatterCategory category,
			@RequestParam(required = false) MatterSource source, @RequestParam(required = false) UUID unitId,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return this.matters.matters(me, new MatterFilter(status, category, source, unitId), PageRequest.of(page, size))
			.map((matter) -> new MatterListResponse(matter.id(), matter.title(), matter.category(), matter.source(),
					matter.status(), matter.reporterUnitName(), matter.organisationName(), offset(matter.reportedAt()),
					offset(matter.changedAt()), matter.version()));
	}

	@GetMapping("/{id}")
	MatterResponse matter(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID id) {
		return response(this.matters.matter(me, id));
	}

	@PostMapping("/{id}/transitions")
	MatterResponse transition(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID id,
			@RequestBody TransitionRequest request,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		return response(
				this.matters.transition(me, id, request.to(), request.comment(), Versions.fromIfMatch(ifMatch)));
	}

	@PostMapping("/{id}/notes")
	MatterResponse note(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID id,
			@RequestBody NoteRequest request, @RequestHeader(name = "If-Match", required = false) String ifMatch) {
		return response(this.matters.note(me, id, request.text(), Versions.fromIfMatch(ifMatch)));
	}

	private MatterResponse response(MatterView matter) {
		return new MatterResponse(matter.id(), matter.title(), matter.description(), matter.category(), matter.source(),
				matter.status(), matter.reportedBy(), matter.reporterName(), matter.reportedByUnitId(),
				matter.reporterUnitName(), matter.organisationName(), matter.answer(), offset(matter.reportedAt()),
				offset(matter.changedAt()), matter.next(),
				matter.steps()
					.stream()
					.map((step) -> new StepResponse(step.kind(), step.fromStatus(), step.toStatus(), step.text(),
							step.referenceId(), step.referenceTitle(), step.referenceDate(), step.actorName(),
							offset(step.at())))
					.toList(),
				matter.version());
	}

	private OffsetDateTime offset(Instant instant) {
		return (instant != null) ? instant.atZone(this.clock.getZone()).toOffsetDateTime() : null;
	}

	record MatterRequest(String title, String description, MatterCategory category, MatterSource source) {
	}

	record TransitionRequest(MatterStatus to, String comment) {
	}

	record NoteRequest(String text) {
	}

	record MatterResponse(UUID id, String title, String description, MatterCategory category, MatterSource source,
			MatterStatus status, UUID reportedBy, String reporterName, UUID reportedByUnitId, String reporterUnitName,
			String organisationName, String answer, OffsetDateTime reportedAt, OffsetDateTime changedAt,
			List<MatterStatus> allowedTransitions, List<StepResponse> history, int version) {
	}

	record StepResponse(StepKind kind, MatterStatus fromStatus, MatterStatus toStatus, String text, UUID referenceId,
			String referenceTitle, LocalDate referenceDate, String actorName, OffsetDateTime at) {
	}

	record MatterListResponse(UUID id, String title, MatterCategory category, MatterSource source, MatterStatus status,
			String reporterUnitName, String organisationName, OffsetDateTime reportedAt, OffsetDateTime changedAt,
			int version) {
	}

}

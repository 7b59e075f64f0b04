package se.samverkan.observations.api;

import java.net.URI;
import java.time.LocalDate;
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

import se.samverkan.observations.ObservationService;
import se.samverkan.observations.ObservationService.RequestObservation;
import se.samverkan.observations.ObservationView;
import se.samverkan.organisation.SignedInStaff;
import se.samverkan.shared.Page;
import se.samverkan.shared.PageRequest;
import se.samverkan.shared.web.Versions;

/** Collegial observation (R21); every rule is in {@link ObservationService}. */
@RestController
@RequestMapping("/api/v1/observations")
class ObservationsApi {

	private final ObservationService observations;

	ObservationsApi(ObservationService observations) {
		this.observations = observations;
	}

	@PostMapping
	ResponseEntity<ObservationView> request(@AuthenticationPrincipal SignedInStaff me,
			@RequestBody ObservationRequest request) {
		ObservationView observation = this.observations.request(me, new RequestObservation(request.hostUnitId(),
				request.purpose(), request.wishedFrom(), request.wishedTo()));
		return ResponseEntity.created(URI.create("/api/v1/observations/" + observation.id())).body(observation);
	}

	@GetMapping
	Page<ObservationView> observations(@AuthenticationPrincipal SignedInStaff me,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return this.observations.observations(me, PageRequest.of(page, size));
	}

	@GetMapping("/{id}")
	ObservationView observation(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID id) {
		return this.observations.observation(me, id);
	}

	@PostMapping("/{id}/approval")
	ObservationView approve(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		return this.observations.approve(me, id, Versions.fromIfMatch(ifMatch));
	}

	@PostMapping("/{id}/acceptance")
	ObservationView accept(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID id,
			@RequestBody AcceptanceRequest request,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		return this.observations.accept(me, id, request.scheduledOn(), Versions.fromIfMatch(ifMatch));
	}

	@PostMapping("/{id}/completion")
	ObservationView complete(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID id,
			@RequestBody CompletionRequest request,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		return this.observations.complete(me, id, request.reflection(), Versions.fromIfMatch(ifMatch));
	}

	record ObservationRequest(UUID hostUnitId, String purpose, LocalDate wishedFrom, LocalDate wishedTo) {
	}

	record AcceptanceRequest(LocalDate scheduledOn) {
	}

	record CompletionRequest(String reflection) {
	}

}

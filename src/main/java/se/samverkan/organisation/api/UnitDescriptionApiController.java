package se.samverkan.organisation.api;

import java.time.Clock;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import se.samverkan.organisation.OrganisationManagement;
import se.samverkan.organisation.SignedInStaff;
import se.samverkan.organisation.UnitDescription;
import se.samverkan.shared.web.Versions;

/**
 * A unit's description of itself (R19): everyone signed in reads it, only the unit's own
 * staff write it. The version travels as {@code ETag} and comes back as {@code If-Match}.
 */
@RestController
@RequestMapping("/api/v1/units/{unitId}/description")
class UnitDescriptionApiController {

	private final OrganisationManagement management;

	private final Clock clock;

	UnitDescriptionApiController(OrganisationManagement management, Clock clock) {
		this.management = management;
		this.clock = clock;
	}

	@GetMapping
	ResponseEntity<UnitDescriptionResponse> read(@PathVariable UUID unitId) {
		return respond(this.management.description(unitId));
	}

	@PutMapping
	ResponseEntity<UnitDescriptionResponse> edit(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID unitId,
			@RequestHeader(name = "If-Match", required = false) String ifMatch,
			@Valid @RequestBody UnitDescriptionRequest request) {
		UnitDescription saved = this.management.editDescription(me, unitId, Versions.fromIfMatch(ifMatch),
				request.mission(), request.responsibilities(), request.routines(), request.contactInfo());
		return respond(saved);
	}

	private ResponseEntity<UnitDescriptionResponse> respond(UnitDescription description) {
		return ResponseEntity.ok()
			.eTag(String.valueOf(description.version()))
			.body(UnitDescriptionResponse.of(description, this.clock.getZone()));
	}

}

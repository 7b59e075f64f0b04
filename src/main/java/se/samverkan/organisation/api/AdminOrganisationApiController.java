package se.samverkan.organisation.api;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import se.samverkan.organisation.Directory;
import se.samverkan.organisation.OrganisationManagement;
import se.samverkan.organisation.Principal;
import se.samverkan.organisation.Unit;
import se.samverkan.shared.NotFoundException;
import se.samverkan.shared.web.Versions;

/**
 * Administrators register and change principals and units (ROLE_ADMIN, enforced for
 * {@code /api/v1/admin/**}). New ones are read back at {@code /api/v1/principals/{id}}
 * and {@code /api/v1/units/{id}}.
 */
@RestController
@RequestMapping("/api/v1/admin")
class AdminOrganisationApiController {

	private final OrganisationManagement management;

	private final Directory directory;

	AdminOrganisationApiController(OrganisationManagement management, Directory directory) {
		this.management = management;
		this.directory = directory;
	}

	@PostMapping("/principals")
	ResponseEntity<PrincipalResponse> registerPrincipal(@Valid @RequestBody PrincipalRequest request) {
		Principal saved = this.management.registerPrincipal(request.name(), request.kind());
		return ResponseEntity.created(location("/api/v1/principals/{id}", saved.id())).body(principal(saved.id()));
	}

	@PutMapping("/principals/{id}")
	ResponseEntity<PrincipalResponse> changePrincipal(@PathVariable UUID id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch,
			@Valid @RequestBody PrincipalChangeRequest request) {
		Principal saved = this.management.changePrincipal(id, Versions.fromIfMatch(ifMatch), request.name(),
				request.kind(), request.active());
		return ResponseEntity.ok().eTag(String.valueOf(saved.version())).body(principal(saved.id()));
	}

	@PostMapping("/units")
	ResponseEntity<UnitResponse> establishUnit(@Valid @RequestBody UnitRequest request) {
		Unit saved = this.management.establishUnit(request.principalId(), request.name(), request.kind(),
				Boolean.TRUE.equals(request.agreementParty()));
		return ResponseEntity.created(location("/api/v1/units/{id}", saved.id())).body(unit(saved.id()));
	}

	@PutMapping("/units/{id}")
	ResponseEntity<UnitResponse> changeUnit(@PathVariable UUID id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch,
			@Valid @RequestBody UnitChangeRequest request) {
		Unit saved = this.management.changeUnit(id, Versions.fromIfMatch(ifMatch), request.principalId(),
				request.name(), request.kind(), request.agreementParty(), request.active());
		return ResponseEntity.ok().eTag(String.valueOf(saved.version())).body(unit(saved.id()));
	}

	private PrincipalResponse principal(UUID id) {
		return this.directory.principal(id).map(PrincipalResponse::of).orElseThrow(NotFoundException::new);
	}

	private UnitResponse unit(UUID id) {
		return this.directory.unit(id).map(UnitResponse::of).orElseThrow(NotFoundException::new);
	}

	static URI location(String path, UUID id) {
		return ServletUriComponentsBuilder.fromCurrentContextPath().path(path).buildAndExpand(id).toUri();
	}

}

package se.samverkan.organisation.api;

import java.net.URI;
import java.time.Clock;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import se.samverkan.organisation.Directory;
import se.samverkan.organisation.OperationsUpdate;
import se.samverkan.organisation.OrganisationManagement;
import se.samverkan.organisation.SignedInStaff;
import se.samverkan.shared.NotFoundException;
import se.samverkan.shared.Page;
import se.samverkan.shared.PageRequest;

/**
 * Updates about the parties' operations (R19): anyone signed in posts one about their own
 * unit, and everyone reads them, newest first.
 */
@RestController
@RequestMapping("/api/v1/updates")
class UpdatesApiController {

	private final OrganisationManagement management;

	private final Directory directory;

	private final Clock clock;

	UpdatesApiController(OrganisationManagement management, Directory directory, Clock clock) {
		this.management = management;
		this.directory = directory;
		this.clock = clock;
	}

	@PostMapping
	ResponseEntity<UpdateResponse> post(@AuthenticationPrincipal SignedInStaff me,
			@Valid @RequestBody UpdateRequest request) {
		OperationsUpdate saved = this.management.postUpdate(me, request.title(), request.body());
		URI location = ServletUriComponentsBuilder.fromCurrentRequestUri()
			.path("/{id}")
			.buildAndExpand(saved.id())
			.toUri();
		return ResponseEntity.created(location).body(read(saved.id()));
	}

	@GetMapping
	Page<UpdateResponse> list(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return this.directory.updates(PageRequest.of(page, size))
			.map((update) -> UpdateResponse.of(update, this.clock.getZone()));
	}

	@GetMapping("/{id}")
	UpdateResponse read(@PathVariable UUID id) {
		return this.directory.update(id)
			.map((update) -> UpdateResponse.of(update, this.clock.getZone()))
			.orElseThrow(NotFoundException::new);
	}

}

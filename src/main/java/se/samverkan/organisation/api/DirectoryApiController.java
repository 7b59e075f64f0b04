package se.samverkan.organisation.api;

import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.samverkan.organisation.Directory;
import se.samverkan.organisation.PrincipalKind;
import se.samverkan.organisation.SignedInStaff;
import se.samverkan.organisation.UnitKind;
import se.samverkan.shared.NotFoundException;
import se.samverkan.shared.Page;
import se.samverkan.shared.PageRequest;

/**
 * Who am I, and the directory every signed-in user reads: principals, units, staff and
 * interest organisations.
 */
@RestController
@RequestMapping("/api/v1")
class DirectoryApiController {

	private final Directory directory;

	DirectoryApiController(Directory directory) {
		this.directory = directory;
	}

	@GetMapping("/me")
	MeResponse me(@AuthenticationPrincipal SignedInStaff me) {
		return MeResponse.of(me);
	}

	@GetMapping("/principals")
	Page<PrincipalResponse> principals(@RequestParam(required = false) PrincipalKind kind,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return this.directory.principals(kind, PageRequest.of(page, size)).map(PrincipalResponse::of);
	}

	@GetMapping("/principals/{id}")
	PrincipalResponse principal(@PathVariable UUID id) {
		return this.directory.principal(id).map(PrincipalResponse::of).orElseThrow(NotFoundException::new);
	}

	@GetMapping("/units")
	Page<UnitResponse> units(@RequestParam(required = false) UnitKind kind,
			@RequestParam(required = false) UUID principalId, @RequestParam(required = false) Boolean agreementParty,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return this.directory.units(kind, principalId, agreementParty, PageRequest.of(page, size))
			.map(UnitResponse::of);
	}

	@GetMapping("/units/{id}")
	UnitResponse unit(@PathVariable UUID id) {
		return this.directory.unit(id).map(UnitResponse::of).orElseThrow(NotFoundException::new);
	}

	@GetMapping("/staff")
	Page<StaffResponse> staff(@RequestParam(required = false) UUID unitId,
			@RequestParam(required = false) Boolean active, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return this.directory.staff(unitId, active, PageRequest.of(page, size)).map(StaffResponse::of);
	}

	@GetMapping("/interest-organisations")
	Page<InterestOrganisationResponse> interestOrganisations(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return this.directory.interestOrganisations(PageRequest.of(page, size)).map(InterestOrganisationResponse::of);
	}

}

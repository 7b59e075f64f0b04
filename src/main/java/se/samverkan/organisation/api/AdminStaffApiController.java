package se.samverkan.organisation.api;

import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.samverkan.organisation.Directory;
import se.samverkan.organisation.OrganisationManagement;
import se.samverkan.organisation.StaffMember;
import se.samverkan.shared.NotFoundException;
import se.samverkan.shared.Page;
import se.samverkan.shared.PageRequest;
import se.samverkan.shared.web.Versions;

/**
 * Administrators open, change, deactivate and reactivate staff accounts (ROLE_ADMIN). A
 * deactivated account can no longer sign in; nothing it did is removed.
 */
@RestController
@RequestMapping("/api/v1/admin/staff")
class AdminStaffApiController {

	private final OrganisationManagement management;

	private final Directory directory;

	AdminStaffApiController(OrganisationManagement management, Directory directory) {
		this.management = management;
		this.directory = directory;
	}

	@GetMapping
	Page<StaffAccountResponse> list(@RequestParam(required = false) UUID unitId,
			@RequestParam(required = false) Boolean active, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return this.directory.staff(unitId, active, PageRequest.of(page, size)).map(StaffAccountResponse::of);
	}

	@GetMapping("/{id}")
	ResponseEntity<StaffAccountResponse> read(@PathVariable UUID id) {
		return respond(id);
	}

	@PostMapping
	ResponseEntity<StaffAccountResponse> open(@Valid @RequestBody StaffAccountRequest request) {
		StaffMember saved = this.management.openStaffAccount(request.username(), request.profile(), request.password());
		return ResponseEntity.created(AdminOrganisationApiController.location("/api/v1/admin/staff/{id}", saved.id()))
			.body(account(saved.id()));
	}

	@PutMapping("/{id}")
	ResponseEntity<StaffAccountResponse> change(@PathVariable UUID id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch,
			@Valid @RequestBody StaffAccountChangeRequest request) {
		this.management.changeStaffAccount(id, Versions.fromIfMatch(ifMatch), request.profile());
		return respond(id);
	}

	@PutMapping("/{id}/password")
	ResponseEntity<Void> setPassword(@PathVariable UUID id, @Valid @RequestBody PasswordRequest request) {
		this.management.setPassword(id, request.password());
		return ResponseEntity.noContent().build();
	}

	/**
	 * The HSA-id that matches a sign-in through the OIDC identity provider to the
	 * account; blank or {@code null} clears it.
	 */
	@PutMapping("/{id}/hsa-id")
	ResponseEntity<HsaIdResponse> assignHsaId(@PathVariable UUID id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, @RequestBody HsaIdRequest request) {
		StaffMember saved = this.management.assignHsaId(id, Versions.fromIfMatch(ifMatch), request.hsaId());
		return ResponseEntity.ok()
			.eTag(String.valueOf(saved.version()))
			.body(new HsaIdResponse(saved.id(), saved.hsaId(), saved.version()));
	}

	/**
	 * @param hsaId the HSA-id, or blank to clear
	 */
	record HsaIdRequest(String hsaId) {
	}

	/** The account's HSA-id after the change. */
	record HsaIdResponse(UUID id, String hsaId, int version) {
	}

	@PostMapping("/{id}/deactivation")
	ResponseEntity<StaffAccountResponse> deactivate(@PathVariable UUID id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		this.management.deactivate(id, Versions.fromIfMatch(ifMatch));
		return respond(id);
	}

	@PostMapping("/{id}/reactivation")
	ResponseEntity<StaffAccountResponse> reactivate(@PathVariable UUID id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		this.management.reactivate(id, Versions.fromIfMatch(ifMatch));
		return respond(id);
	}

	private ResponseEntity<StaffAccountResponse> respond(UUID id) {
		StaffAccountResponse account = account(id);
		return ResponseEntity.ok().eTag(String.valueOf(account.version())).body(account);
	}

	private StaffAccountResponse account(UUID id) {
		return this.directory.staffMember(id).map(StaffAccountResponse::of).orElseThrow(NotFoundException::new);
	}

}

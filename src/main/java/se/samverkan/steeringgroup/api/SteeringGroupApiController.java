package se.samverkan.steeringgroup.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import se.samverkan.organisation.SignedInStaff;
import se.samverkan.organisation.StaffFunction;
import se.samverkan.shared.web.Versions;
import se.samverkan.steeringgroup.Nomination;
import se.samverkan.steeringgroup.SteeringGroup;
import se.samverkan.steeringgroup.SteeringGroup.Composition;
import se.samverkan.steeringgroup.SteeringGroup.ConvenerView;
import se.samverkan.steeringgroup.SteeringGroup.MemberView;

/**
 * The steering group (R7, R8): everyone signed in reads it; conveners and administrators
 * add and remove members.
 */
@RestController
@RequestMapping("/api/v1/steering-group")
class SteeringGroupApiController {

	private final SteeringGroup steeringGroup;

	SteeringGroupApiController(SteeringGroup steeringGroup) {
		this.steeringGroup = steeringGroup;
	}

	@GetMapping
	SteeringGroupResponse read() {
		List<MemberView> members = this.steeringGroup.members();
		return new SteeringGroupResponse(members.stream().map(MemberResponse::of).toList(),
				this.steeringGroup.convenerUnitIds(), this.steeringGroup.conveners(),
				this.steeringGroup.composition(members));
	}

	@GetMapping("/members/{staffId}")
	MemberResponse member(@PathVariable UUID staffId) {
		return MemberResponse.of(this.steeringGroup.member(staffId));
	}

	@PostMapping("/members")
	ResponseEntity<MemberResponse> add(@AuthenticationPrincipal SignedInStaff me,
			@Valid @RequestBody AddMemberRequest request) {
		MemberView added = this.steeringGroup.add(me, new SteeringGroup.AddMember(request.staffId(),
				request.representsUnitId(), new Nomination(request.nominatedOn(), request.nominationMeetingId())));
		URI location = ServletUriComponentsBuilder.fromCurrentRequestUri()
			.path("/{id}")
			.buildAndExpand(added.staffId())
			.toUri();
		return ResponseEntity.created(location).body(MemberResponse.of(added));
	}

	@DeleteMapping("/members/{staffId}")
	ResponseEntity<Void> remove(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID staffId,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		this.steeringGroup.remove(me, staffId, Versions.fromIfMatch(ifMatch));
		return ResponseEntity.noContent().build();
	}

	record AddMemberRequest(@NotNull UUID staffId, @NotNull UUID representsUnitId, LocalDate nominatedOn,
			UUID nominationMeetingId) {
	}

	record SteeringGroupResponse(List<MemberResponse> members, List<UUID> convenerUnitIds, List<ConvenerView> conveners,
			Composition composition) {
	}

	record MemberResponse(UUID staffId, String displayName, UUID representsUnitId, String representsUnitName,
			List<StaffFunction> functions, LocalDate nominatedOn, UUID nominationMeetingId, Integer version) {

		static MemberResponse of(MemberView member) {
			return new MemberResponse(member.staffId(), member.displayName(), member.representsUnitId(),
					member.representsUnitName(), member.sortedFunctions(), member.nominatedOn(),
					member.nominationMeetingId(), member.version());
		}

	}

}

package se.samverkan.individuals.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.samverkan.individuals.IndividualsManagement;
import se.samverkan.individuals.TransitionView;
import se.samverkan.organisation.SignedInStaff;
import se.samverkan.shared.Page;
import se.samverkan.shared.PageRequest;

/**
 * Persons turning adult soon with an ongoing BUH intervention (L2), with the guardian
 * consents to renew (L8): a page read in the database, its persons alone access-logged
 * (L3).
 */
@RestController
@RequestMapping("/api/v1/transitions")
class TransitionsApi {

	private final IndividualsManagement individuals;

	TransitionsApi(IndividualsManagement individuals) {
		this.individuals = individuals;
	}

	@GetMapping
	Page<TransitionResponse> transitions(@AuthenticationPrincipal SignedInStaff me,
			@RequestParam(defaultValue = "6") int withinMonths, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return this.individuals.transitions(me, withinMonths, PageRequest.of(page, size)).map(TransitionResponse::of);
	}

	record TransitionResponse(UUID personId, String personalIdentityNumber, String firstName, String lastName,
			boolean nameHidden, LocalDate birthDate, LocalDate adultOn, List<UUID> buhInterventionIds,
			List<UUID> guardianConsentIdsToRenew, boolean consentRenewalNeeded) {

		static TransitionResponse of(TransitionView transition) {
			return new TransitionResponse(transition.personId(), transition.personalIdentityNumber(),
					transition.firstName(), transition.lastName(), transition.nameHidden(), transition.birthDate(),
					transition.adultOn(), transition.buhInterventionIds(), transition.guardianConsentIdsToRenew(),
					transition.consentRenewalNeeded());
		}

	}

}

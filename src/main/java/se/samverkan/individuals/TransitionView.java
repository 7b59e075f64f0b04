package se.samverkan.individuals;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A person who turns adult soon with an ongoing BUH intervention (L2): the transition to
 * VH is to be planned, and a guardian's consent must be renewed by the person (L8).
 */
public record TransitionView(UUID personId, String personalIdentityNumber, String firstName, String lastName,
		boolean nameHidden, LocalDate birthDate, LocalDate adultOn, List<UUID> buhInterventionIds,
		List<UUID> guardianConsentIdsToRenew, boolean consentRenewalNeeded) {

	public TransitionView {
		buhInterventionIds = List.copyOf(buhInterventionIds);
		guardianConsentIdsToRenew = List.copyOf(guardianConsentIdsToRenew);
	}

}

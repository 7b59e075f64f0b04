package se.samverkan.individuals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import se.samverkan.organisation.UnitKind;

/**
 * A person as the viewer may see them: the name is {@code null} and {@code nameHidden}
 * true when the identity is protected and the viewer is not the registering unit (L4).
 */
public record PersonView(UUID id, String personalIdentityNumber, boolean coordinationNumber, LocalDate birthDate,
		int age, UnitKind suggestedHabilitationUnit, String firstName, String lastName, boolean nameHidden,
		boolean protectedIdentity, UUID homeMunicipalityId, UUID registeredByUnitId, Instant registeredAt,
		String sipReference, int version) {
}

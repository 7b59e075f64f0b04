package se.samverkan.individuals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What staff ask of {@link IndividualsManagement}, from a page or the API. */
public final class Commands {

	private Commands() {
	}

	/** Register a person; the number as typed (10 or 12 digits, L1). */
	public record RegisterPerson(String personalIdentityNumber, String firstName, String lastName,
			UUID homeMunicipalityId, boolean protectedIdentity) {
	}

	/** Record a consent; {@code givenBy} null for the default by age (L8). */
	public record RecordConsent(LocalDate givenOn, ConsentForm form, ConsentGiver givenBy, List<UUID> principalIds,
			LocalDate validUntil, String childView, String note) {
	}

	/** Record an intervention a unit gives. */
	public record StartIntervention(UUID unitId, String title, UUID responsibleStaffId, LocalDate startedOn,
			LocalDate endedOn) {
	}

	/** Record a contact (R2–R4). */
	public record RecordContact(Instant occurredAt, ContactChannel channel, ContactPurpose purpose,
			List<UUID> participantStaffIds, String summary) {
	}

	/**
	 * Send a role clarification (R5): the role of each intervention, to the recipients.
	 */
	public record SendRoleClarification(List<RoleEntry> entries, List<UUID> recipientStaffIds) {
	}

	/** The role one intervention plays. */
	public record RoleEntry(UUID interventionId, String role) {
	}

}

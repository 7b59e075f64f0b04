package se.samverkan.individuals;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** A recorded contact about a person. */
public record ContactView(UUID id, UUID personId, UUID unitId, UUID recordedBy, Instant occurredAt,
		ContactChannel channel, ContactPurpose purpose, boolean withPerson, Set<UUID> participantStaffIds,
		String summary, Instant recordedAt, int version) {

	static ContactView of(Contact contact) {
		return new ContactView(contact.id(), contact.personId(), contact.unitId(), contact.recordedBy(),
				contact.occurredAt(), contact.channel(), contact.purpose(), contact.withPerson(),
				contact.participantStaffIds(), contact.summary(), contact.recordedAt(), contact.version());
	}

}

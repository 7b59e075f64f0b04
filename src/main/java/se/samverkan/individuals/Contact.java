package se.samverkan.individuals;

import java.time.Instant;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import se.samverkan.shared.DomainException;
import se.samverkan.shared.ErrorCode;

/**
 * A contact about a person with exchange of information (R2): a phone or video call, a
 * meeting with the person (R3) or a working meeting without them (R4), with the staff who
 * took part.
 */
@Table("contact")
public class Contact {

	static final int SUMMARY_MAX = 8000;

	@Id
	private final UUID id;

	private final UUID personId;

	/** The unit of whoever recorded it. */
	private final UUID unitId;

	private final UUID recordedBy;

	private final Instant occurredAt;

	private final ContactChannel channel;

	private final ContactPurpose purpose;

	private final String summary;

	private final Instant recordedAt;

	@MappedCollection(idColumn = "contact_id")
	private final Set<Participant> participants;

	@Version
	private Integer version;

	@PersistenceCreator
	Contact(UUID id, UUID personId, UUID unitId, UUID recordedBy, Instant occurredAt, ContactChannel channel,
			ContactPurpose purpose, String summary, Instant recordedAt, Set<Participant> participants,
			Integer version) {
		this.id = id;
		this.personId = personId;
		this.unitId = unitId;
		this.recordedBy = recordedBy;
		this.occurredAt = occurredAt;
		this.channel = channel;
		this.purpose = purpose;
		this.summary = summary;
		this.recordedAt = recordedAt;
		this.participants = Set.copyOf(participants);
		this.version = version;
	}

	public static Contact record(UUID personId, UUID unitId, UUID recordedBy, Instant occurredAt,
			ContactChannel channel, ContactPurpose purpose, Collection<UUID> participantStaffIds, String summary,
			Instant recordedAt) {
		if (occurredAt == null) {
			throw invalid("error.contact.occurred-at-required");
		}
		if (occurredAt.isAfter(recordedAt)) {
			throw invalid("error.contact.occurred-at-future");
		}
		if (channel == null) {
			throw invalid("error.contact.channel-required");
		}
		if (purpose == null) {
			throw invalid("error.contact.purpose-required");
		}
		Set<UUID> participants = (participantStaffIds != null)
				? participantStaffIds.stream().filter(Objects::nonNull).collect(Collectors.toSet()) : Set.of();
		if (participants.isEmpty()) {
			throw invalid("error.contact.participants-required");
		}
		if (summary == null || summary.isBlank()) {
			throw invalid("error.contact.summary-required");
		}
		if (summary.strip().length() > SUMMARY_MAX) {
			throw invalid("error.contact.summary-too-long");
		}
		return new Contact(UUID.randomUUID(), Objects.requireNonNull(personId), Objects.requireNonNull(unitId),
				Objects.requireNonNull(recordedBy), occurredAt, channel, purpose, summary.strip(), recordedAt,
				participants.stream().map(Participant::new).collect(Collectors.toSet()), null);
	}

	private static DomainException invalid(String key) {
		return new DomainException(ErrorCode.VALIDATION_FAILED, key);
	}

	/** A working meeting is held without the person (R4). */
	public boolean withPerson() {
		return this.channel != ContactChannel.WORKING_MEETING;
	}

	public UUID id() {
		return this.id;
	}

	public UUID personId() {
		return this.personId;
	}

	public UUID unitId() {
		return this.unitId;
	}

	public UUID recordedBy() {
		return this.recordedBy;
	}

	public Instant occurredAt() {
		return this.occurredAt;
	}

	public ContactChannel channel() {
		return this.channel;
	}

	public ContactPurpose purpose() {
		return this.purpose;
	}

	public String summary() {
		return this.summary;
	}

	public Instant recordedAt() {
		return this.recordedAt;
	}

	public Set<UUID> participantStaffIds() {
		return this.participants.stream().map(Participant::staffId).collect(Collectors.toSet());
	}

	public Integer version() {
		return this.version;
	}

	/** A staff member who took part. */
	@Table("contact_participant")
	record Participant(UUID staffId) {
	}

}

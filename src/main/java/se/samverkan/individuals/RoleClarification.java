package se.samverkan.individuals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import se.samverkan.shared.DomainException;
import se.samverkan.shared.ErrorCode;

/**
 * Information that clarifies the division of roles between parallel interventions (R5):
 * which intervention each party gives and in what role, addressed to the responsible
 * professionals, each of whom acknowledges it once.
 */
class RoleClarification {

	static final int ROLE_MAX = 2000;

	private final UUID id;

	private final UUID personId;

	private final UUID sentByStaffId;

	private final UUID sentByUnitId;

	private final Instant sentAt;

	private final List<Entry> entries;

	private final Map<UUID, Instant> acknowledgements;

	private int version;

	RoleClarification(UUID id, UUID personId, UUID sentByStaffId, UUID sentByUnitId, Instant sentAt,
			List<Entry> entries, Map<UUID, Instant> acknowledgements, int version) {
		this.id = id;
		this.personId = personId;
		this.sentByStaffId = sentByStaffId;
		this.sentByUnitId = sentByUnitId;
		this.sentAt = sentAt;
		this.entries = List.copyOf(entries);
		this.acknowledgements = new LinkedHashMap<>(acknowledgements);
		this.version = version;
	}

	/**
	 * A new role clarification: at least one intervention, each once and with a role, and
	 * at least one recipient.
	 */
	static RoleClarification send(UUID personId, UUID sentByStaffId, UUID sentByUnitId, List<Entry> entries,
			List<UUID> recipientStaffIds, Instant now) {
		if (entries == null || entries.isEmpty()) {
			throw new DomainException(ErrorCode.VALIDATION_FAILED, "error.role-clarification.entries-required");
		}
		Set<UUID> interventions = new HashSet<>();
		List<Entry> cleaned = new ArrayList<>();
		for (Entry entry : entries) {
			if (entry == null || entry.interventionId() == null) {
				throw new DomainException(ErrorCode.VALIDATION_FAILED, "error.role-clarification.intervention-unknown");
			}
			String role = (entry.role() != null) ? entry.role().strip() : "";
			if (role.isEmpty()) {
				throw new DomainException(ErrorCode.VALIDATION_FAILED, "error.role-clarification.role-required");
			}
			if (role.length() > ROLE_MAX) {
				throw new DomainException(ErrorCode.VALIDATION_FAILED, "error.role-clarification.role-too-long");
			}
			if (!interventions.add(entry.interventionId())) {
				throw new DomainException(ErrorCode.VALIDATION_FAILED, "error.role-clarification.intervention-twice");
			}
			cleaned.add(new Entry(entry.interventionId(), role));
		}
		if (recipientStaffIds == null || recipientStaffIds.isEmpty() || recipientStaffIds.contains(null)) {
			throw new DomainException(ErrorCode.VALIDATION_FAILED, "error.role-clarification.recipients-required");
		}
		Map<UUID, Instant> recipients = new LinkedHashMap<>();
		recipientStaffIds.forEach((staffId) -> recipients.put(staffId, null));
		return new RoleClarification(UUID.randomUUID(), personId, sentByStaffId, sentByUnitId, now, cleaned, recipients,
				0);
	}

	/**
	 * The recipient acknowledges it; {@code false} when they already had (the first
	 * acknowledgement stands). Anyone else is refused.
	 */
	boolean acknowledge(UUID staffId, Instant now) {
		if (!this.acknowledgements.containsKey(staffId)) {
			throw new DomainException(ErrorCode.FORBIDDEN, "error.role-clarification.recipients-only");
		}
		if (this.acknowledgements.get(staffId) != null) {
			return false;
		}
		this.acknowledgements.put(staffId, now);
		this.version++;
		return true;
	}

	boolean isRecipient(UUID staffId) {
		return this.acknowledgements.containsKey(staffId);
	}

	UUID id() {
		return this.id;
	}

	UUID personId() {
		return this.personId;
	}

	UUID sentByStaffId() {
		return this.sentByStaffId;
	}

	UUID sentByUnitId() {
		return this.sentByUnitId;
	}

	Instant sentAt() {
		return this.sentAt;
	}

	List<Entry> entries() {
		return this.entries;
	}

	/** The recipients in the order they were named. */
	List<UUID> recipientStaffIds() {
		return List.copyOf(this.acknowledgements.keySet());
	}

	/** When the recipient acknowledged, {@code null} while they have not. */
	Instant acknowledgedAt(UUID staffId) {
		return this.acknowledgements.get(staffId);
	}

	int version() {
		return this.version;
	}

	/** One intervention and the role it plays. */
	record Entry(UUID interventionId, String role) {
	}

}

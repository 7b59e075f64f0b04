package se.samverkan.resources;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A resource agreement with every listed unit's approval or pending state (R15). */
public record ResourceAgreementView(UUID id, String title, String description, String status, String proposedBy,
		Instant proposedAt, Instant approvedAt, List<PartyView> parties, List<UUID> pendingUnitIds, int version) {

	/** A listed unit and, once given, its approval. */
	public record PartyView(UUID unitId, String unitName, String approvedBy, Instant approvedAt) {

		public boolean approved() {
			return this.approvedAt != null;
		}

	}

}

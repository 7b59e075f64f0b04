package se.samverkan.agreements;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An agreement as pages and the API show it: parties by name, validity, status, the
 * agreement it replaced, follow-ups and proposed changes.
 */
public record AgreementView(UUID id, String title, String summary, LocalDate validFrom, LocalDate validTo,
		AgreementStatus status, UUID replaces, String replacesTitle, List<PartyView> parties, List<NoteView> followUps,
		List<NoteView> proposedChanges, int version) {

	public List<UUID> partyUnitIds() {
		return this.parties.stream().map(PartyView::unitId).toList();
	}

	/** A party: its unit. */
	public record PartyView(UUID unitId, String unitName) {
	}

	/** A follow-up or proposed change: what, by whom, when. */
	public record NoteView(UUID id, String text, String writtenBy, Instant writtenAt) {
	}

}

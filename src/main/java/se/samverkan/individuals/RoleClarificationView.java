package se.samverkan.individuals;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A role clarification (R5) as pages and the API show it: who sent it, the role of each
 * intervention, and who of the recipients has acknowledged.
 */
public record RoleClarificationView(UUID id, UUID personId, UUID sentByStaffId, String sentByName, UUID sentByUnitId,
		String sentByUnitName, Instant sentAt, List<Entry> entries, List<Recipient> recipients, int version) {

	public RoleClarificationView {
		entries = List.copyOf(entries);
		recipients = List.copyOf(recipients);
	}

	/** Whether that staff member is a recipient who has not yet acknowledged. */
	public boolean awaitsAcknowledgementFrom(UUID staffId) {
		return this.recipients.stream()
			.anyMatch((recipient) -> recipient.staffId().equals(staffId) && recipient.acknowledgedAt() == null);
	}

	/** Whether every recipient has acknowledged. */
	public boolean acknowledgedByAll() {
		return this.recipients.stream().allMatch((recipient) -> recipient.acknowledgedAt() != null);
	}

	/** One intervention, the unit that gives it and its role. */
	public record Entry(UUID interventionId, String interventionTitle, UUID unitId, String unitName, String role) {
	}

	/** One recipient and when they acknowledged ({@code null} while they have not). */
	public record Recipient(UUID staffId, String displayName, String unitName, Instant acknowledgedAt) {
	}

	/**
	 * A role clarification in someone's list, with the person it is about; both
	 * {@code null} when the reader may no longer see that person.
	 */
	public record Listed(UUID id, Instant sentAt, RoleClarificationView clarification, PersonView person) {

		public boolean available() {
			return this.clarification != null;
		}

	}

}

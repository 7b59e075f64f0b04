package se.samverkan.organisation;

import java.util.UUID;

import se.samverkan.shared.AuditableEvent;

/**
 * A staff account was opened, changed, deactivated or reactivated; {@code change} says
 * which.
 */
public record StaffAccountChanged(String actor, UUID aggregateId, Change change, Integer versionBefore,
		Integer versionAfter, String summary) implements AuditableEvent {

	@Override
	public String aggregateType() {
		return "StaffMember";
	}

	@Override
	public String action() {
		return "StaffAccount" + switch (this.change) {
			case OPENED -> "Opened";
			case CHANGED -> "Changed";
			case DEACTIVATED -> "Deactivated";
			case REACTIVATED -> "Reactivated";
		};
	}

	/** What happened to the account. */
	public enum Change {

		OPENED, CHANGED, DEACTIVATED, REACTIVATED

	}

}

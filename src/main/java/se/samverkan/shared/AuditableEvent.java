package se.samverkan.shared;

import java.util.UUID;

/**
 * An event that records a write. The audit trail stores every such event: who, when, what
 * and the aggregate's version before and after. Implementations carry ids and facts only,
 * never personal data about individuals.
 */
public interface AuditableEvent {

	/** The username of whoever made the change, or {@code system}. */
	String actor();

	String aggregateType();

	UUID aggregateId();

	/** What happened, in the past tense, e.g. {@code StaffAccountCreated}. */
	default String action() {
		return getClass().getSimpleName();
	}

	/**
	 * The version before the change, {@code null} when the aggregate was created or the
	 * event concerns no versioned aggregate (a sign-in lock, a pruned log).
	 */
	default Integer versionBefore() {
		return null;
	}

	/** The version after the change, {@code null} when the aggregate has none. */
	default Integer versionAfter() {
		return null;
	}

	/**
	 * A short description for administrators, without personal data about individuals.
	 */
	default String summary() {
		return "";
	}

}

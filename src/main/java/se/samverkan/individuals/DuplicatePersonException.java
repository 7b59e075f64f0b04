package se.samverkan.individuals;

import java.util.Optional;
import java.util.UUID;

import se.samverkan.shared.DomainException;
import se.samverkan.shared.ErrorCode;

/**
 * The person is already registered. Names the existing person only when the caller may
 * see them.
 */
public class DuplicatePersonException extends DomainException {

	private final transient UUID visibleExistingPersonId;

	DuplicatePersonException(UUID visibleExistingPersonId) {
		super(ErrorCode.DUPLICATE_PERSON, (visibleExistingPersonId != null) ? "error.duplicate-person.visible"
				: "error.duplicate-person.elsewhere");
		this.visibleExistingPersonId = visibleExistingPersonId;
	}

	public Optional<UUID> visibleExistingPersonId() {
		return Optional.ofNullable(this.visibleExistingPersonId);
	}

}

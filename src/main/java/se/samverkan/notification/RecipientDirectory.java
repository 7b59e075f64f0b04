package se.samverkan.notification;

import java.util.Optional;
import java.util.UUID;

/** Where to send e-mail: implemented by the module that keeps staff accounts. */
public interface RecipientDirectory {

	/** The active staff member's e-mail address, if they have one. */
	Optional<String> emailOf(UUID staffId);

}

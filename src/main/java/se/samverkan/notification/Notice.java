package se.samverkan.notification;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Something staff should know or act on: published by any module, delivered to each
 * recipient's inbox and, when SMTP is configured, by e-mail. The text is a message key
 * with arguments, rendered in the reader's language; it must not carry personal data
 * about individuals, since e-mail leaves the system.
 */
public record Notice(Set<UUID> recipientStaffIds, String messageKey, List<String> arguments, String link) {

	public Notice {
		recipientStaffIds = Set.copyOf(recipientStaffIds);
		arguments = List.copyOf(arguments);
	}

}

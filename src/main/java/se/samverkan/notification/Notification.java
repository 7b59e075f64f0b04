package se.samverkan.notification;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.context.MessageSource;

/**
 * One notification in a recipient's inbox. Its text is a message key with arguments,
 * rendered in the reader's language when it is shown.
 */
public record Notification(UUID id, UUID recipientId, String messageKey, List<String> arguments, String link,
		Instant createdAt, Instant readAt, int version) {

	public Notification {
		arguments = List.copyOf(arguments);
	}

	public boolean unread() {
		return this.readAt == null;
	}

	/** The text in {@code locale}; the key itself if no message has it. */
	public String text(MessageSource messages, Locale locale) {
		return messages.getMessage(this.messageKey, this.arguments.toArray(), this.messageKey, locale);
	}

	/**
	 * The link within the product, or {@code null} when there is none or it is not a path
	 * of this site (a notification never sends anyone elsewhere).
	 */
	public String safeLink() {
		return isLocalPath(this.link) ? this.link : null;
	}

	static boolean isLocalPath(String link) {
		return link != null && link.startsWith("/") && !link.startsWith("//") && !link.contains("\\");
	}

}

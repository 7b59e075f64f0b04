package se.samverkan.notification;

import java.util.UUID;

/**
 * A notification was stored in its recipient's inbox; published only when e-mail is
 * configured, so that the e-mail goes out after the inbox is safe and apart from it.
 */
public record NotificationStored(UUID notificationId, UUID recipientId) {

}

package se.samverkan.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Delivers every {@link Notice} to its recipients' inboxes once the transaction that
 * published it has committed, and, when SMTP is configured, hands each stored
 * notification on to the e-mail (see {@link NoticeMailer}), which runs on its own so that
 * a mail failure never costs the in-app notification.
 */
@Component
class NoticeDelivery {

	private final Inbox inbox;

	private final ObjectProvider<JavaMailSender> mail;

	private final ApplicationEventPublisher events;

	private final NotificationPreferences preferences;

	NoticeDelivery(Inbox inbox, ObjectProvider<JavaMailSender> mail, ApplicationEventPublisher events,
			NotificationPreferences preferences) {
		this.inbox = inbox;
		this.mail = mail;
		this.events = events;
		this.preferences = preferences;
	}

	/**
	 * Into every inbox; by e-mail at once, or marked for the recipient's daily digest
	 * when they chose that for this kind of notice. The recipients' choices are read, and
	 * the digest ones marked, together: a statement each for a whole unit's staff.
	 */
	@ApplicationModuleListener
	void on(Notice notice) {
		List<Notification> delivered = this.inbox.deliver(notice);
		if (this.mail.getIfAvailable() == null) {
			return;
		}
		Map<UUID, Delivery> deliveries = this.preferences.deliveriesFor(notice.recipientStaffIds(),
				notice.messageKey());
		List<Notification> forDigest = new ArrayList<>();
		for (Notification notification : delivered) {
			if (deliveries.get(notification.recipientId()) == Delivery.DAILY_DIGEST) {
				forDigest.add(notification);
			}
			else {
				this.events.publishEvent(new NotificationStored(notification.id(), notification.recipientId()));
			}
		}
		this.inbox.markForDigest(forDigest);
	}

}

package se.samverkan.notification;

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

	NoticeDelivery(Inbox inbox, ObjectProvider<JavaMailSender> mail, ApplicationEventPublisher events) {
		this.inbox = inbox;
		this.mail = mail;
		this.events = events;
	}

	@ApplicationModuleListener
	void on(Notice notice) {
		boolean mailConfigured = this.mail.getIfAvailable() != null;
		for (Notification notification : this.inbox.deliver(notice)) {
			if (mailConfigured) {
				this.events.publishEvent(new NotificationStored(notification.id(), notification.recipientId()));
			}
		}
	}

}

package se.samverkan.notification;

import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * E-mails a stored notification, in Swedish and as plain text with an absolute link, to
 * its recipient if they have an address. A failure is logged with the notification's id
 * only (never the address or the text) and does not touch the inbox.
 */
@Component
class NoticeMailer {

	static final Locale SWEDISH = Locale.forLanguageTag("sv");

	private static final Logger log = LoggerFactory.getLogger(NoticeMailer.class);

	private final ObjectProvider<JavaMailSender> mail;

	private final RecipientDirectory recipients;

	private final Inbox inbox;

	private final MessageSource messages;

	private final MailSettings settings;

	NoticeMailer(ObjectProvider<JavaMailSender> mail, RecipientDirectory recipients, Inbox inbox,
			MessageSource messages, MailSettings settings) {
		this.mail = mail;
		this.recipients = recipients;
		this.inbox = inbox;
		this.messages = messages;
		this.settings = settings;
	}

	@ApplicationModuleListener(readOnlyTransaction = true)
	void on(NotificationStored stored) {
		JavaMailSender sender = this.mail.getIfAvailable();
		if (sender == null) {
			return;
		}
		try {
			this.inbox.find(stored.notificationId())
				.ifPresent((notification) -> this.recipients.emailOf(notification.recipientId())
					.ifPresent((address) -> sender.send(message(notification, address))));
		}
		catch (RuntimeException ex) {
			log.warn("Could not e-mail notification {}: {}", stored.notificationId(), ex.getClass().getName());
		}
	}

	SimpleMailMessage message(Notification notification, String address) {
		String text = notification.text(this.messages, SWEDISH);
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.settings.from());
		message.setTo(address);
		message
			.setSubject(this.messages.getMessage("notification.mail.subject", new Object[] { subject(text) }, SWEDISH));
		message.setText(this.messages.getMessage("notification.mail.body",
				new Object[] { text, this.settings.absolute(notification.link()), this.settings.absolute("/inbox") },
				SWEDISH));
		return message;
	}

	/** The first line of the text, short enough for a subject line. */
	private static String subject(String text) {
		String line = text.lines().findFirst().orElse("").strip();
		return (line.length() <= 120) ? line : line.substring(0, 119) + "…";
	}

}

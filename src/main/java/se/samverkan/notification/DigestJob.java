package se.samverkan.notification;

import java.util.List;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends each user who chose a daily digest one e-mail with the notices that waited for
 * it, once a day, on one instance at a time (ShedLock). A failure for one recipient
 * leaves their notices waiting for the next run and is logged with the recipient's id
 * only.
 */
@Component
class DigestJob {

	private static final Logger log = LoggerFactory.getLogger(DigestJob.class);

	private final Inbox inbox;

	private final ObjectProvider<JavaMailSender> mail;

	private final RecipientDirectory recipients;

	private final MessageSource messages;

	private final MailSettings settings;

	DigestJob(Inbox inbox, ObjectProvider<JavaMailSender> mail, RecipientDirectory recipients, MessageSource messages,
			MailSettings settings) {
		this.inbox = inbox;
		this.mail = mail;
		this.recipients = recipients;
		this.messages = messages;
		this.settings = settings;
	}

	@Scheduled(cron = "${samverkan.notification.digest-cron:0 0 7 * * *}", zone = "Europe/Stockholm")
	@SchedulerLock(name = "notification-daily-digest", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
	void run() {
		sendDigests();
	}

	/** Sends every waiting digest; returns how many e-mails went out. */
	int sendDigests() {
		JavaMailSender sender = this.mail.getIfAvailable();
		int sent = 0;
		for (UUID recipient : this.inbox.digestRecipients()) {
			List<Notification> notifications = this.inbox.digestOf(recipient);
			List<UUID> ids = notifications.stream().map(Notification::id).toList();
			if (sender == null) {
				this.inbox.digested(ids);
				continue;
			}
			try {
				var address = this.recipients.emailOf(recipient);
				if (address.isPresent()) {
					sender.send(message(notifications, address.get()));
					sent++;
				}
				this.inbox.digested(ids);
			}
			catch (RuntimeException ex) {
				log.warn("Could not e-mail the daily digest of {}: {}", recipient, ex.getClass().getName());
			}
		}
		return sent;
	}

	SimpleMailMessage message(List<Notification> notifications, String address) {
		StringBuilder lines = new StringBuilder();
		for (Notification notification : notifications) {
			lines.append("- ")
				.append(notification.text(this.messages, NoticeMailer.SWEDISH))
				.append(System.lineSeparator())
				.append("  ")
				.append(this.settings.absolute(notification.link()))
				.append(System.lineSeparator());
		}
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.settings.from());
		message.setTo(address);
		message.setSubject(this.messages.getMessage("notification.digest.subject",
				new Object[] { notifications.size() }, NoticeMailer.SWEDISH));
		message.setText(this.messages.getMessage("notification.digest.body",
				new Object[] { lines.toString(), this.settings.absolute("/inbox/settings") }, NoticeMailer.SWEDISH));
		return message;
	}

}

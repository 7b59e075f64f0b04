package se.samverkan.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How notification e-mail is written: the sender address and the product's public base
 * URL for absolute links ({@code samverkan.mail.*}). Whether e-mail is sent at all
 * depends on SMTP being configured ({@code spring.mail.host}).
 */
@ConfigurationProperties("samverkan.mail")
record MailSettings(String from, String baseUrl) {

	MailSettings {
		from = (from == null || from.isBlank()) ? "samverkan@localhost" : from.strip();
		baseUrl = (baseUrl == null || baseUrl.isBlank()) ? "http://localhost:8080" : baseUrl.strip();
	}

	/** {@code link} as an absolute URL on this site. */
	String absolute(String link) {
		String base = this.baseUrl.replaceAll("/+$", "");
		return base + (Notification.isLocalPath(link) ? link : "/");
	}

}

package se.samverkan.notification;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.samverkan.organisation.Directory;
import se.samverkan.organisation.OrganisationManagement;
import se.samverkan.organisation.StaffMember;
import se.samverkan.organisation.StaffProfile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With SMTP configured, a notice also goes out as a plain-text Swedish e-mail with an
 * absolute link to each recipient who has an address.
 */
@SpringBootTest(properties = "samverkan.mail.base-url=https://samverkan.example.org/")
@EnableScenarios
class NotificationMailTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
		.withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void mail(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
	}

	@Autowired
	OrganisationManagement management;

	@Autowired
	Directory directory;

	@Autowired
	Inbox inbox;

	@Test
	void a_new_staff_member_gets_the_welcome_notice_by_email_and_in_the_inbox(Scenario scenario) throws Exception {
		String username = "mail." + UUID.randomUUID().toString().substring(0, 8);
		String address = username + "@example.org";
		UUID unit = this.directory.allUnits().get(0).id();
		AtomicReference<StaffMember> opened = new AtomicReference<>();

		scenario
			.stimulate(() -> opened.set(this.management.openStaffAccount(username,
					new StaffProfile("Post Testsson", address, unit, null, Set.of(), false), "ett-långt-lösenord")))
			.andWaitForStateChange(() -> messagesTo(address), (messages) -> messages.length == 1)
			.andVerify((messages) -> {
				try {
					MimeMessage mail = messages[0];
					assertThat(mail.getSubject())
						.isEqualTo("Samverkan: Välkommen till Samverkan, Post Testsson! Ditt konto är klart.");
					assertThat(mail.getFrom()[0].toString()).isEqualTo("samverkan@localhost");
					assertThat(mail.getContentType()).startsWith("text/plain");
					String body = mail.getContent().toString();
					assertThat(body).contains("Välkommen till Samverkan, Post Testsson! Ditt konto är klart.")
						.contains("Läs mer i Samverkan: https://samverkan.example.org/")
						.contains("https://samverkan.example.org/inbox");
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
			});

		assertThat(this.inbox.unreadCount(opened.get().id())).isEqualTo(1);
	}

	private MimeMessage[] messagesTo(String address) {
		return java.util.Arrays.stream(smtp.getReceivedMessages()).filter((message) -> {
			try {
				return message.getRecipients(Message.RecipientType.TO)[0].toString().equals(address);
			}
			catch (Exception ex) {
				return false;
			}
		}).toArray(MimeMessage[]::new);
	}

}

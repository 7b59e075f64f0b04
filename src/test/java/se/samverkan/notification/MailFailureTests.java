package se.samverkan.notification;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.samverkan.organisation.Directory;
import se.samverkan.organisation.OrganisationManagement;
import se.samverkan.organisation.StaffMember;
import se.samverkan.organisation.StaffProfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * When the SMTP server cannot be reached, the in-app notification stays and the failure
 * is logged without the recipient's address.
 */
@SpringBootTest
@EnableScenarios
@ExtendWith(OutputCaptureExtension.class)
class MailFailureTests {

	@DynamicPropertySource
	static void unreachableSmtp(DynamicPropertyRegistry registry) throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> closedPort);
	}

	@Autowired
	OrganisationManagement management;

	@Autowired
	Directory directory;

	@Autowired
	Inbox inbox;

	@Test
	void a_mail_failure_keeps_the_in_app_notification_and_logs_no_address(Scenario scenario, CapturedOutput output) {
		String username = "fel." + UUID.randomUUID().toString().substring(0, 8);
		String address = username + "@example.org";
		UUID unit = this.directory.allUnits().get(0).id();
		AtomicReference<StaffMember> opened = new AtomicReference<>();

		AtomicReference<UUID> notification = new AtomicReference<>();

		scenario
			.stimulate(() -> opened.set(this.management.openStaffAccount(username,
					new StaffProfile("Fel Testsson", address, unit, null, Set.of(), false), "ett-långt-lösenord")))
			.andWaitForEventOfType(NotificationStored.class)
			.toArriveAndVerify((stored) -> notification.set(stored.notificationId()));

		await().atMost(Duration.ofSeconds(30))
			.until(() -> output.getAll().contains("Could not e-mail notification " + notification.get()));
		assertThat(output.getAll()).doesNotContain(address).doesNotContain("Fel Testsson");
		assertThat(this.inbox.unreadCount(opened.get().id())).isEqualTo(1);
	}

}

package se.samverkan.notification;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import se.samverkan.organisation.Directory;
import se.samverkan.organisation.OrganisationManagement;
import se.samverkan.organisation.StaffMember;
import se.samverkan.organisation.StaffProfile;
import se.samverkan.testing.CountingDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Each user chooses e-mail per event or a daily digest, per kind of notice; the inbox
 * always has everything; the digest is one e-mail with the day's notices. A notice to a
 * unit's hundreds of staff reads their choices and queues their digests in a constant
 * number of statements (issue 7), counted by {@link CountingDataSource}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@EnableScenarios
@Import(CountingDataSource.Installed.class)
class NotificationPreferencesTests {

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

	@Autowired
	NotificationPreferences preferences;

	@Autowired
	DigestJob digest;

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectProvider<JavaMailSender> mail;

	StaffMember staff(String address) {
		String username = address.substring(0, address.indexOf('@'));
		return this.management.openStaffAccount(username, new StaffProfile("Digest Testsson", address,
				this.directory.allUnits().get(0).id(), null, Set.of(), false), "ett-långt-lösenord");
	}

	@Test
	@DisplayName("The kind of a notice is the second part of its key")
	void kinds() {
		assertThat(NotificationPreferences.kindOf("notice.matter.changed")).isEqualTo("matter");
		assertThat(NotificationPreferences.kindOf("notice.role-clarification.received"))
			.isEqualTo("role-clarification");
		assertThat(NotificationPreferences.kindOf("notice.account-opened")).isEqualTo("account");
	}

	@Test
	@DisplayName("A user who chose the daily digest for matters gets one e-mail a day with them, and other notices at once")
	void dailyDigest(Scenario scenario) throws Exception {
		String address = "digest." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		StaffMember member = staff(address);
		this.preferences.save(member.id(), Delivery.IMMEDIATE, Map.of("matter", Delivery.DAILY_DIGEST));
		assertThat(this.preferences.deliveryFor(member.id(), "notice.matter.closed")).isEqualTo(Delivery.DAILY_DIGEST);
		assertThat(this.preferences.deliveryFor(member.id(), "notice.observation.approved"))
			.isEqualTo(Delivery.IMMEDIATE);

		scenario.publish(new Notice(Set.of(member.id()), "notice.matter.changed", List.of("Hjälpmedel"), "/matters"))
			.andWaitForStateChange(() -> this.inbox.digestOf(member.id()).size(), (size) -> size == 1);
		scenario.publish(new Notice(Set.of(member.id()), "notice.matter.closed", List.of("Remisstider"), "/matters"))
			.andWaitForStateChange(() -> this.inbox.digestOf(member.id()).size(), (size) -> size == 2);
		scenario
			.publish(new Notice(Set.of(member.id()), "notice.observation.approved", List.of("Eva", "BUH"),
					"/observations"))
			.andWaitForStateChange(() -> messagesTo(address).length, (count) -> count >= 2);
		assertThat(this.inbox.unreadCount(member.id())).as("the inbox has everything").isEqualTo(4);
		assertThat(Arrays.stream(messagesTo(address)).map(NotificationPreferencesTests::subject))
			.noneMatch((subject) -> subject.contains("Hjälpmedel") || subject.contains("Remisstider"));

		assertThat(this.digest.sendDigests()).isPositive();
		MimeMessage digestMail = Arrays.stream(messagesTo(address))
			.filter((message) -> subject(message).contains("nya aviseringar"))
			.findFirst()
			.orElseThrow();
		assertThat(subject(digestMail)).isEqualTo("Samverkan: 2 nya aviseringar i dag");
		assertThat(digestMail.getContent().toString()).contains("Ärendet \"Hjälpmedel\" har fått ny status")
			.contains("Ärendet \"Remisstider\" är avslutat")
			.contains("/inbox/settings");
		assertThat(this.inbox.digestOf(member.id())).isEmpty();
		int before = messagesTo(address).length;
		this.digest.sendDigests();
		assertThat(messagesTo(address)).as("nothing twice").hasSize(before);
	}

	@Test
	@DisplayName("A user's choice for the kind comes before their default, and without either a notice is e-mailed at once; for many users as for one")
	void choicesOfMany() {
		List<UUID> staff = Stream.generate(UUID::randomUUID).limit(5).toList();
		this.preferences.save(staff.get(0), Delivery.DAILY_DIGEST, Map.of());
		this.preferences.save(staff.get(1), Delivery.IMMEDIATE, Map.of("matter", Delivery.DAILY_DIGEST));
		this.preferences.save(staff.get(2), Delivery.DAILY_DIGEST, Map.of("matter", Delivery.IMMEDIATE));
		this.preferences.save(staff.get(3), Delivery.IMMEDIATE, Map.of("observation", Delivery.DAILY_DIGEST));

		Map<UUID, Delivery> deliveries = this.preferences.deliveriesFor(staff, "notice.matter.changed");

		assertThat(deliveries).containsExactlyInAnyOrderEntriesOf(
				Map.of(staff.get(0), Delivery.DAILY_DIGEST, staff.get(1), Delivery.DAILY_DIGEST, staff.get(2),
						Delivery.IMMEDIATE, staff.get(3), Delivery.IMMEDIATE, staff.get(4), Delivery.IMMEDIATE));
		staff.forEach((id) -> assertThat(this.preferences.deliveryFor(id, "notice.matter.changed")).as("alone")
			.isEqualTo(deliveries.get(id)));
		List<UUID> moreThanOneReadHolds = Stream.concat(Stream.generate(UUID::randomUUID).limit(1000), staff.stream())
			.toList();
		assertThat(this.preferences.deliveriesFor(moreThanOneReadHolds, "notice.matter.changed")).hasSize(1005)
			.containsAllEntriesOf(deliveries);
		assertThat(this.preferences.deliveriesFor(List.of(), "notice.matter.changed")).isEmpty();
	}

	@Test
	@DisplayName("A notice to 300 staff reads their choices and queues their digests in as many statements as a notice to one (issue 7)")
	void aNoticeToManyTakesTheStatementsOfANoticeToOne() throws Exception {
		List<Object> published = new ArrayList<>();
		NoticeDelivery delivery = new NoticeDelivery(this.inbox, this.mail, published::add, this.preferences);
		UUID alone = UUID.randomUUID();
		this.preferences.save(alone, Delivery.DAILY_DIGEST, Map.of());
		List<UUID> staff = Stream.generate(UUID::randomUUID).limit(300).toList();
		Map<UUID, Delivery> expected = new HashMap<>();
		for (int i = 0; i < staff.size(); i++) {
			UUID id = staff.get(i);
			switch (i % 5) {
				case 0 -> this.preferences.save(id, Delivery.DAILY_DIGEST, Map.of());
				case 1 -> this.preferences.save(id, Delivery.IMMEDIATE, Map.of("matter", Delivery.DAILY_DIGEST));
				case 2 -> this.preferences.save(id, Delivery.DAILY_DIGEST, Map.of("matter", Delivery.IMMEDIATE));
				case 3 -> this.preferences.save(id, Delivery.IMMEDIATE, Map.of("observation", Delivery.DAILY_DIGEST));
				default -> {
				}
			}
			expected.put(id, (i % 5 < 2) ? Delivery.DAILY_DIGEST : Delivery.IMMEDIATE);
		}

		long forOne = CountingDataSource.statementsOf(() -> delivery
			.on(new Notice(Set.of(alone), "notice.matter.changed", List.of("Hjälpmedel"), "/matters")));
		long forMany = CountingDataSource.statementsOf(() -> delivery
			.on(new Notice(Set.copyOf(staff), "notice.matter.changed", List.of("Hjälpmedel"), "/matters")));

		assertThat(forMany).as("300 recipients against one").isEqualTo(forOne);
		List<UUID> queued = new ArrayList<>();
		for (UUID id : staff) {
			List<Notification> waiting = this.inbox.digestOf(id);
			assertThat(waiting).as("the digest of %s", id).hasSize((expected.get(id) == Delivery.DAILY_DIGEST) ? 1 : 0);
			waiting.forEach((notification) -> queued.add(notification.id()));
		}
		assertThat(queued).hasSize(120);
		assertThat(published).as("e-mailed at once")
			.map((event) -> ((NotificationStored) event).recipientId())
			.containsExactlyInAnyOrderElementsOf(
					staff.stream().filter((id) -> expected.get(id) == Delivery.IMMEDIATE).toList());
		queued.addAll(this.inbox.digestOf(alone).stream().map(Notification::id).toList());
		this.inbox.digested(queued);
	}

	@Test
	@DisplayName("A notice to several staff goes into one digest e-mail each for those who chose the digest, and leaves their queue; at once to the others")
	void digestForSeveral(Scenario scenario) throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		StaffMember byDefault = awaitWelcome(staff("default." + tag + "@example.org"));
		StaffMember byKind = awaitWelcome(staff("kind." + tag + "@example.org"));
		StaffMember atOnce = awaitWelcome(staff("once." + tag + "@example.org"));
		this.preferences.save(byDefault.id(), Delivery.DAILY_DIGEST, Map.of());
		this.preferences.save(byKind.id(), Delivery.IMMEDIATE, Map.of("matter", Delivery.DAILY_DIGEST));
		this.preferences.save(atOnce.id(), Delivery.DAILY_DIGEST, Map.of("matter", Delivery.IMMEDIATE));
		Set<UUID> all = Set.of(byDefault.id(), byKind.id(), atOnce.id());

		scenario.publish(new Notice(all, "notice.matter.changed", List.of("Hjälpmedel"), "/matters"))
			.andWaitForStateChange(() -> this.inbox.digestOf(byKind.id()).size(), (size) -> size == 1);
		scenario.publish(new Notice(all, "notice.matter.closed", List.of("Remisstider"), "/matters"))
			.andWaitForStateChange(() -> matterMailsTo(atOnce.email()), (mails) -> mails.size() == 2);
		await().until(
				() -> this.inbox.digestOf(byDefault.id()).size() == 2 && this.inbox.digestOf(byKind.id()).size() == 2);
		assertThat(this.inbox.digestOf(atOnce.id())).isEmpty();
		assertThat(matterMailsTo(byDefault.email())).as("nothing at once").isEmpty();
		assertThat(matterMailsTo(byKind.email())).as("nothing at once").isEmpty();

		this.digest.sendDigests();

		for (StaffMember member : List.of(byDefault, byKind)) {
			assertThat(digestMailsTo(member.email())).as("the digest of %s", member.email())
				.singleElement()
				.satisfies((mail) -> {
					assertThat(subject(mail)).isEqualTo("Samverkan: 2 nya aviseringar i dag");
					assertThat(mail.getContent().toString()).contains("Ärendet \"Hjälpmedel\" har fått ny status")
						.contains("Ärendet \"Remisstider\" är avslutat");
				});
			assertThat(this.inbox.digestOf(member.id())).as("left the queue").isEmpty();
		}
		assertThat(this.inbox.digestRecipients()).doesNotContainAnyElementsOf(all);
		assertThat(digestMailsTo(atOnce.email())).isEmpty();
		all.forEach((id) -> assertThat(this.inbox.unreadCount(id)).as("the inbox has everything").isEqualTo(3));
	}

	/** The staff member once their welcome is in their inbox, e-mailed at once. */
	private StaffMember awaitWelcome(StaffMember member) {
		await().until(() -> this.inbox.unreadCount(member.id()) == 1);
		return member;
	}

	private List<MimeMessage> matterMailsTo(String address) {
		return Arrays.stream(messagesTo(address))
			.filter((message) -> subject(message).contains("Hjälpmedel") || subject(message).contains("Remisstider"))
			.toList();
	}

	private List<MimeMessage> digestMailsTo(String address) {
		return Arrays.stream(messagesTo(address))
			.filter((message) -> subject(message).contains("nya aviseringar"))
			.toList();
	}

	@Test
	@DisplayName("The settings page saves the user's own choices, linked from the inbox")
	void settingsPage() throws Exception {
		StaffMember member = staff("page." + UUID.randomUUID().toString().substring(0, 8) + "@example.org");
		var me = user(this.directory.account(member.username()).orElseThrow());
		Document inbox = Jsoup
			.parse(this.mvc.perform(get("/inbox").with(me)).andReturn().getResponse().getContentAsString());
		assertThat(inbox.select("a[href=/inbox/settings]")).hasSize(1);
		Document page = Jsoup.parse(this.mvc.perform(get("/inbox/settings").with(me))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.select("select[name=kind.matter]")).hasSize(1);
		assertThat(page.text()).contains("Ärenden", "Ett samlat e-brev per dag");
		this.mvc
			.perform(post("/inbox/settings").with(me)
				.with(csrf())
				.param("defaultDelivery", "DAILY_DIGEST")
				.param("kind.observation", "IMMEDIATE")
				.param("kind.matter", ""))
			.andExpect(redirectedUrl("/inbox/settings"));
		assertThat(this.preferences.deliveryFor(member.id(), "notice.matter.changed")).isEqualTo(Delivery.DAILY_DIGEST);
		assertThat(this.preferences.deliveryFor(member.id(), "notice.observation.approved"))
			.isEqualTo(Delivery.IMMEDIATE);
		this.mvc.perform(get("/inbox/settings"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
	}

	private static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private MimeMessage[] messagesTo(String address) {
		return Arrays.stream(smtp.getReceivedMessages()).filter((message) -> {
			try {
				return message.getRecipients(Message.RecipientType.TO)[0].toString().equals(address);
			}
			catch (Exception ex) {
				return false;
			}
		}).toArray(MimeMessage[]::new);
	}

}

package se.samverkan.notification;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import se.samverkan.organisation.Directory;
import se.samverkan.organisation.OrganisationManagement;
import se.samverkan.organisation.StaffMember;
import se.samverkan.organisation.StaffProfile;
import se.samverkan.shared.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every notice lands in its recipients' inboxes, rendered in the reader's language; only
 * the recipient sees or marks a notification. This context has no SMTP server.
 */
@SpringBootTest
@AutoConfigureMockMvc
@EnableScenarios
class InboxTests {

	static final String PASSWORD = "ett-långt-lösenord";

	@Autowired
	OrganisationManagement management;

	@Autowired
	Directory directory;

	@Autowired
	Inbox inbox;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	ApplicationContext context;

	@Test
	void without_smtp_no_mail_is_attempted_and_the_inbox_still_gets_the_notice(Scenario scenario) {
		assertThat(this.context.getBeanProvider(JavaMailSender.class).getIfAvailable()).isNull();
		AtomicReference<StaffMember> opened = new AtomicReference<>();

		scenario.stimulate(() -> opened.set(open("Utan Smtp")))
			.andWaitForStateChange(() -> this.inbox.unreadCount(opened.get().id()), (count) -> count == 1)
			.andVerifyEvents((events) -> assertThat(events.ofType(NotificationStored.class)).isEmpty());

		Notification welcome = this.inbox.notifications(opened.get().id(), true, new PageRequest(0, 10)).items().get(0);
		assertThat(welcome.messageKey()).isEqualTo("notice.account-opened");
		assertThat(welcome.arguments()).containsExactly("Utan Smtp");
		assertThat(welcome.link()).isEqualTo("/");
	}

	@Test
	void arguments_come_back_exactly_whatever_they_hold(Scenario scenario) {
		UUID recipient = UUID.randomUUID();
		String awkward = "Kalle \"K\", Anka; [1] \\ {0}\nny rad";
		scenario
			.publish(new Notice(Set.of(recipient), "notice.description-edited", List.of(awkward, "LSS, Eda"),
					"/directory"))
			.andWaitForStateChange(() -> this.inbox.unreadCount(recipient), (count) -> count == 1);

		assertThat(this.inbox.notifications(recipient, null, new PageRequest(0, 10)).items().get(0).arguments())
			.containsExactly(awkward, "LSS, Eda");
	}

	@Test
	void a_notice_to_more_staff_than_one_insert_holds_reaches_each_of_them_once() {
		Set<UUID> recipients = Stream.generate(UUID::randomUUID).limit(1001).collect(Collectors.toSet());

		List<Notification> delivered = this.inbox
			.deliver(new Notice(recipients, "notice.description-edited", List.of("LSS Storby", "Eda"), null));

		assertThat(delivered).extracting(Notification::recipientId).containsExactlyInAnyOrderElementsOf(recipients);
		for (UUID recipient : List.of(delivered.get(0).recipientId(), delivered.get(1000).recipientId())) {
			assertThat(this.inbox.notifications(recipient, true, new PageRequest(0, 10)).items()).singleElement()
				.satisfies((notification) -> {
					assertThat(notification.arguments()).containsExactly("LSS Storby", "Eda");
					assertThat(notification.link()).isNull();
					assertThat(notification.id()).isIn(delivered.stream().map(Notification::id).toList());
				});
		}
		assertThat(recipients.stream().mapToLong(this.inbox::unreadCount).sum()).isEqualTo(1001);
	}

	@Test
	void more_notifications_than_one_insert_holds_each_wait_once_for_their_recipients_digest() {
		Set<UUID> recipients = Stream.generate(UUID::randomUUID).limit(1001).collect(Collectors.toSet());
		List<Notification> delivered = this.inbox
			.deliver(new Notice(recipients, "notice.matter.changed", List.of("Hjälpmedel"), "/matters"));

		this.inbox.markForDigest(delivered);

		assertThat(this.inbox.digestRecipients()).containsAll(recipients);
		for (Notification notification : List.of(delivered.get(0), delivered.get(1000))) {
			assertThat(this.inbox.digestOf(notification.recipientId())).extracting(Notification::id)
				.containsExactly(notification.id());
		}
		this.inbox.digested(delivered.stream().map(Notification::id).toList());
		assertThat(this.inbox.digestRecipients()).doesNotContainAnyElementsOf(recipients);
	}

	@Test
	void the_notifications_api_needs_credentials() throws Exception {
		this.mvc.perform(get("/api/v1/notifications")).andExpect(status().isUnauthorized());
	}

	@Test
	void a_recipient_lists_their_notifications_in_their_language_and_marks_them_read(Scenario scenario)
			throws Exception {
		StaffMember member = openAndAwaitWelcome(scenario, "Inkorg Testsson");
		UUID id = this.inbox.notifications(member.id(), null, new PageRequest(0, 1)).items().get(0).id();

		this.mvc.perform(get("/api/v1/notifications").with(httpBasic(member.username(), PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.page").value(0))
			.andExpect(jsonPath("$.items[0].id").value(id.toString()))
			.andExpect(jsonPath("$.items[0].message")
				.value("Välkommen till Samverkan, Inkorg Testsson! Ditt konto är klart."))
			.andExpect(jsonPath("$.items[0].read").value(false))
			.andExpect(jsonPath("$.items[0].link").value("/"));
		this.mvc
			.perform(get("/api/v1/notifications").header("Accept-Language", "en")
				.with(httpBasic(member.username(), PASSWORD)))
			.andExpect(jsonPath("$.items[0].message").value(containsString("Inkorg Testsson")))
			.andExpect(jsonPath("$.items[0].message").value(not(containsString("Välkommen"))));

		this.mvc.perform(post("/api/v1/notifications/{id}/read", id).with(httpBasic(member.username(), PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.read").value(true))
			.andExpect(jsonPath("$.version").value(1));
		this.mvc
			.perform(get("/api/v1/notifications").param("unread", "true").with(httpBasic(member.username(), PASSWORD)))
			.andExpect(jsonPath("$.total").value(0));
		this.mvc
			.perform(get("/api/v1/notifications").param("unread", "false").with(httpBasic(member.username(), PASSWORD)))
			.andExpect(jsonPath("$.total").value(1));
		assertThat(this.inbox.unreadCount(member.id())).isZero();
	}

	@Test
	void nobody_marks_someone_elses_notification_read(Scenario scenario) throws Exception {
		StaffMember owner = openAndAwaitWelcome(scenario, "Ägare Testsson");
		StaffMember other = openAndAwaitWelcome(scenario, "Annan Testsson");
		UUID id = this.inbox.notifications(owner.id(), null, new PageRequest(0, 1)).items().get(0).id();

		this.mvc.perform(post("/api/v1/notifications/{id}/read", id).with(httpBasic(other.username(), PASSWORD)))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("not-found"));
		this.mvc.perform(get("/api/v1/notifications/{id}", id).with(httpBasic(other.username(), PASSWORD)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/api/v1/notifications/{id}/read", UUID.randomUUID())
				.with(httpBasic(owner.username(), PASSWORD)))
			.andExpect(status().isNotFound());
		assertThat(this.inbox.unreadCount(owner.id())).isEqualTo(1);
	}

	@Test
	void the_inbox_page_shows_unread_notifications_and_marks_them_read(Scenario scenario) throws Exception {
		StaffMember member = openAndAwaitWelcome(scenario, "Sida Testsson");
		UUID id = this.inbox.notifications(member.id(), null, new PageRequest(0, 1)).items().get(0).id();
		var me = user(this.accounts.loadUserByUsername(member.username()));

		this.mvc.perform(get("/inbox").with(me))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Välkommen till Samverkan, Sida Testsson!")))
			.andExpect(content().string(containsString("Markera som läst")))
			.andExpect(content().string(containsString("Markera alla som lästa")));

		this.mvc.perform(post("/inbox/{id}/read", id).with(me).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/inbox"))
			.andExpect(flash().attribute("flash", "inbox.flash.read"));
		assertThat(this.inbox.unreadCount(member.id())).isZero();
		this.mvc.perform(get("/inbox").with(me))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Markera som läst"))));

		this.mvc.perform(post("/inbox/read-all").with(me).with(csrf()))
			.andExpect(redirectedUrl("/inbox"))
			.andExpect(flash().attribute("flash", "inbox.flash.allRead"));
		this.mvc.perform(post("/inbox/read-all").with(me)).andExpect(status().isForbidden());
	}

	private StaffMember openAndAwaitWelcome(Scenario scenario, String displayName) {
		AtomicReference<StaffMember> opened = new AtomicReference<>();
		scenario.stimulate(() -> opened.set(open(displayName)))
			.andWaitForStateChange(() -> this.inbox.unreadCount(opened.get().id()), (count) -> count == 1);
		return opened.get();
	}

	private StaffMember open(String displayName) {
		String username = "inbox." + UUID.randomUUID().toString().substring(0, 8);
		UUID unit = this.directory.allUnits().get(0).id();
		return this.management.openStaffAccount(username,
				new StaffProfile(displayName, username + "@example.org", unit, null, Set.of(), false), PASSWORD);
	}

}

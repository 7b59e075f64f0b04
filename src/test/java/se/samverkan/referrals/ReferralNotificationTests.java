package se.samverkan.referrals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import se.samverkan.individuals.PersonPage;
import se.samverkan.notification.Notice;
import se.samverkan.organisation.Directory;
import se.samverkan.organisation.OrganisationManagement;
import se.samverkan.organisation.SignedInStaff;
import se.samverkan.organisation.StaffProfile;
import se.samverkan.organisation.UnitKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Both sides are told of what they must act on (in the inbox and, with SMTP configured,
 * by e-mail — GreenMail here), and referrals waiting too long are flagged and reminded of
 * once a day (a fixed clock).
 */
@SpringBootTest(properties = "samverkan.mail.base-url=https://samverkan.example.org/")
@AutoConfigureMockMvc
@EnableScenarios
@RecordApplicationEvents
class ReferralNotificationTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
		.withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void mail(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	Directory directory;

	@Autowired
	OrganisationManagement organisation;

	@Autowired
	ReferralManagement referrals;

	@Autowired
	OverdueReminders reminders;

	@Autowired
	Clock clock;

	@Autowired
	ApplicationEvents events;

	@Autowired
	Referrals referralsRepository;

	@Autowired
	ReferralReads referralReads;

	ReferralsFixture fixture;

	@BeforeEach
	void fixture() {
		this.fixture = new ReferralsFixture(this.mvc, this.directory, this.clock);
	}

	private String account(String prefix, UUID unitId) {
		String username = prefix + "." + UUID.randomUUID().toString().substring(0, 8);
		this.organisation.openStaffAccount(username,
				new StaffProfile("Post " + prefix, username + "@example.org", unitId, null, Set.of(), false),
				"ett-långt-lösenord");
		return username;
	}

	@Test
	@DisplayName("R6 the receiving unit is e-mailed of a new referral and the sender of the decision")
	void r6BothSidesAreEmailed(Scenario scenario) throws Exception {
		String sender = account("lss", this.fixture.unitOf("lss.karlstad"));
		String receiver = account("buh", this.fixture.unit(UnitKind.BUH));
		String person = this.fixture.consentedPerson(sender, 9);
		String referral = this.fixture.draft(sender, person);

		scenario.stimulate(() -> {
			try {
				this.fixture.move(sender, referral, "send").andExpect(status().isOk());
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		})
			.andWaitForStateChange(() -> Arrays.stream(messagesTo(receiver + "@example.org"))
				.filter((mail) -> subject(mail).contains("vårdbegäran"))
				.toArray(MimeMessage[]::new), (mails) -> mails.length == 1)
			.andVerify((mails) -> {
				assertThat(subject(mails[0])).isEqualTo("Samverkan: Ny vårdbegäran från LSS-verksamheten Karlstad");
				assertThat(body(mails[0])).contains("https://samverkan.example.org/referrals/" + referral)
					.doesNotContain("Remissdotter");
			});

		this.fixture.move(receiver, referral, "receipt").andExpect(status().isOk());
		scenario.stimulate(() -> {
			try {
				this.fixture.decide(receiver, referral, "ACCEPTED", null, null).andExpect(status().isOk());
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		})
			.andWaitForStateChange(() -> messagesTo(sender + "@example.org"),
					(mails) -> Arrays.stream(mails).anyMatch((mail) -> subject(mail).contains("har antagit")))
			.andVerify((mails) -> assertThat(Arrays.stream(mails).map(ReferralNotificationTests::subject)).contains(
					"Samverkan: Barn- och ungdomshabiliteringen har antagit er vårdbegäran",
					"Samverkan: Barn- och ungdomshabiliteringen har kvitterat er vårdbegäran som mottagen"));
	}

	@Test
	@DisplayName("R6 a referral waiting too long is overdue in both boxes, sooner when urgent, and the receiving unit is reminded once a day")
	void r6OverdueReferralsAreFlaggedAndRemindedOnceADay() throws Exception {
		SignedInStaff lss = this.directory.account("lss.karlstad").orElseThrow();
		Instant now = this.clock.instant();
		UUID normal = draft(lss, Urgency.NORMAL);
		UUID urgent = draft(lss, Urgency.URGENT);
		// Sent two days ago: past an urgent referral's day for receipt, within a normal
		// one's three.
		this.referrals.send(lss, normal, null, now.minus(Duration.ofDays(2)));
		this.referrals.send(lss, urgent, null, now.minus(Duration.ofDays(2)));

		this.fixture.read("buh.personal", normal.toString())
			.andExpect(jsonPath("$.overdue").value(false))
			.andExpect(jsonPath("$.daysWaited").value(2));
		this.fixture.read("buh.personal", urgent.toString()).andExpect(jsonPath("$.overdue").value(true));
		this.fixture.read("lss.karlstad", urgent.toString()).andExpect(jsonPath("$.overdue").value(true));
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.get("/api/v1/referrals?box=inbox&overdue=true&size=200")
				.with(this.fixture.as("buh.personal")))
			.andExpect(jsonPath("$.items[*].id", org.hamcrest.Matchers.hasItem(urgent.toString())))
			.andExpect(jsonPath("$.items[*].id",
					org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(normal.toString()))));
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.get("/api/v1/referrals?box=outbox&overdue=true&size=200")
				.with(this.fixture.as("lss.karlstad")))
			.andExpect(jsonPath("$.items[*].id", org.hamcrest.Matchers.hasItem(urgent.toString())));
		assertThat(this.referrals.counts(this.directory.account("buh.personal").orElseThrow()).inboxOverdue())
			.isPositive();

		// The job counts Swedish days: it runs at noon four days on, so that two hours
		// later is the same day whatever the time the test runs.
		ZoneId zone = this.clock.getZone();
		Instant inFourDays = LocalDate.ofInstant(now, zone).plusDays(4).atTime(LocalTime.NOON).atZone(zone).toInstant();
		new OverdueReminderJob(this.reminders, Clock.fixed(inFourDays, zone)).run();
		assertThat(reminders(normal)).isEqualTo(1);
		assertThat(reminders(urgent)).isEqualTo(1);
		assertThat(this.events.stream(Notice.class)
			.filter((notice) -> notice.link().equals("/referrals/" + urgent))
			.filter((notice) -> notice.messageKey().equals("notice.referral.overdue"))
			.findFirst()
			.orElseThrow()
			.recipientStaffIds()).contains(this.fixture.staffId("buh.personal"))
			.doesNotContain(this.fixture.staffId("lss.karlstad"));

		// The same day again (another instance, or a restart): no second reminder.
		new OverdueReminderJob(this.reminders, Clock.fixed(inFourDays.plus(Duration.ofHours(2)), zone)).run();
		assertThat(reminders(normal)).isEqualTo(1);
		assertThat(reminders(urgent)).isEqualTo(1);

		// Received now: the normal one has three weeks from sending for a decision.
		this.fixture.move("buh.personal", normal.toString(), "receipt").andExpect(status().isOk());
		new OverdueReminderJob(this.reminders, Clock.fixed(inFourDays.plus(Duration.ofDays(1)), zone)).run();
		assertThat(reminders(normal)).isEqualTo(1);
		assertThat(reminders(urgent)).isEqualTo(2);
	}

	@Test
	@DisplayName("L7 when a closed person record is removed, its referrals go with it")
	void l7ReferralsGoWithTheRemovedRecord(Scenario scenario) throws Exception {
		SignedInStaff lss = this.directory.account("lss.karlstad").orElseThrow();
		UUID referral = draft(lss, Urgency.NORMAL);
		UUID person = this.referralsRepository.findById(referral).orElseThrow().personId();

		scenario.publish(new se.samverkan.individuals.PersonRecordRemoved("system", person, null, null))
			.andWaitForStateChange(
					() -> this.referralReads.onTimeline(person, lss.unit().id(), 0, PersonPage.TIMELINE_SIZE).isEmpty(),
					(gone) -> gone)
			.andVerify((gone) -> assertThat(this.referralsRepository.findById(referral)).isEmpty());
	}

	private UUID draft(SignedInStaff lss, Urgency urgency) throws Exception {
		String person = this.fixture.consentedPerson("lss.karlstad", 9);
		return this.referrals.create(lss, new CreateReferral(UUID.fromString(person), null, "Skäl", "Fråga", urgency))
			.id();
	}

	private long reminders(UUID referral) {
		return this.events.stream(Notice.class)
			.filter((notice) -> notice.messageKey().equals("notice.referral.overdue"))
			.filter((notice) -> notice.link().equals("/referrals/" + referral))
			.count();
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

	private static String subject(MimeMessage mail) {
		try {
			return mail.getSubject();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String body(MimeMessage mail) {
		try {
			return mail.getContent().toString();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}

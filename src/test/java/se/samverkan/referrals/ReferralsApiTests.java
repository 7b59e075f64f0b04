package se.samverkan.referrals;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import se.samverkan.notification.Notice;
import se.samverkan.organisation.Directory;
import se.samverkan.organisation.Directory.StaffView;
import se.samverkan.organisation.UnitKind;
import se.samverkan.shared.Page;
import se.samverkan.shared.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The contract's "Referrals" section (R6, L2), endpoint by endpoint: who may do what,
 * every refusal with its code, and what each move leaves behind.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class ReferralsApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Directory directory;

	@Autowired
	Clock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Referrals referrals;

	@Autowired
	ReferralReads reads;

	@Autowired
	ApplicationEvents events;

	ReferralsFixture fixture;

	@BeforeEach
	void fixture() {
		this.fixture = new ReferralsFixture(this.mvc, this.directory, this.clock);
	}

	@Test
	@DisplayName("R6 a referral is written, sent, received and accepted, which opens an ongoing intervention at BUH")
	void r6SendReceiveAccept() throws Exception {
		String person = this.fixture.consentedPerson("lss.karlstad", 9);
		UUID buh = this.fixture.unit(UnitKind.BUH);

		String referral = ReferralsFixture.id(this.fixture.create("lss.karlstad", person, null)
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", startsWith("/api/v1/referrals/")))
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.toUnit.id").value(buh.toString()))
			.andExpect(jsonPath("$.toUnit.kind").value("BUH"))
			.andExpect(jsonPath("$.urgency").value("NORMAL"))
			.andExpect(jsonPath("$.person.lastName").value("Remissdotter"))
			.andExpect(jsonPath("$.allowedMoves").value(org.hamcrest.Matchers.contains("SEND", "WITHDRAW")))
			.andExpect(jsonPath("$.version").value(0)));
		this.fixture.read("buh.personal", referral).andExpect(status().isNotFound());

		this.fixture.move("lss.karlstad", referral, "send", 0)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SENT"))
			// Instants carry Swedish time's offset, as the contract writes them.
			.andExpect(jsonPath("$.sentAt", org.hamcrest.Matchers.matchesPattern(".*T.*\\+0[12]:00")))
			.andExpect(jsonPath("$.daysWaited").value(0))
			.andExpect(jsonPath("$.overdue").value(false));
		assertThat(this.events.stream(Notice.class)).anySatisfy((notice) -> {
			assertThat(notice.messageKey()).isEqualTo("notice.referral.sent.NORMAL");
			assertThat(notice.recipientStaffIds()).contains(this.fixture.staffId("buh.personal"));
			assertThat(notice.arguments()).containsExactly("LSS-verksamheten Karlstad");
			assertThat(notice.link()).isEqualTo("/referrals/" + referral);
		});

		// The receiving unit now sees the referral and the person (involved through it,
		// R1).
		this.fixture.read("buh.personal", referral)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.person.lastName").value("Remissdotter"))
			.andExpect(jsonPath("$.allowedMoves").value(org.hamcrest.Matchers.contains("RECEIVE")));
		this.mvc.perform(get("/api/v1/persons/" + person).with(this.fixture.as("buh.personal")))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/referrals?box=inbox&status=SENT").with(this.fixture.as("buh.personal")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].id", hasItem(referral)));

		this.fixture.move("buh.personal", referral, "receipt")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RECEIVED"))
			.andExpect(jsonPath("$.receivedAt", notNullValue()));
		this.fixture.decide("buh.personal", referral, "ACCEPTED", "Välkommen", 2)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ACCEPTED"))
			.andExpect(jsonPath("$.interventionId", notNullValue()))
			.andExpect(jsonPath("$.decisionComment").value("Välkommen"))
			.andExpect(jsonPath("$.history.length()").value(4))
			.andExpect(jsonPath("$.history[0].status").value("DRAFT"))
			.andExpect(jsonPath("$.history[1].staffId").value(this.fixture.staffId("lss.karlstad").toString()))
			.andExpect(jsonPath("$.history[2].status").value("RECEIVED"))
			.andExpect(jsonPath("$.history[3].staffId").value(this.fixture.staffId("buh.personal").toString()))
			.andExpect(jsonPath("$.history[3].unitName").value("Barn- och ungdomshabiliteringen"));

		this.mvc.perform(get("/api/v1/persons/" + person + "/interventions").with(this.fixture.as("lss.karlstad")))
			.andExpect(jsonPath("$.items[?(@.unitId == '" + buh + "')].ongoing").value(hasItem(true)));
		assertThat(this.events.stream(Notice.class)).anySatisfy((notice) -> {
			assertThat(notice.messageKey()).isEqualTo("notice.referral.decided.ACCEPTED");
			assertThat(notice.recipientStaffIds()).containsExactly(this.fixture.staffId("lss.karlstad"));
		});
		assertThat(this.events.stream(ReferralAccepted.class))
			.anySatisfy((event) -> assertThat(event.aggregateId().toString()).isEqualTo(referral));
	}

	@Test
	@DisplayName("L2 without a receiving unit a referral goes to VH from 18 and to BUH under 18; another habilitation unit may be chosen")
	void l2RoutedByAge() throws Exception {
		UUID vh = this.fixture.unit(UnitKind.VH);
		UUID buh = this.fixture.unit(UnitKind.BUH);
		this.fixture.create("lss.karlstad", this.fixture.person("lss.karlstad", 18), null)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.toUnit.id").value(vh.toString()));
		this.fixture.create("lss.karlstad", this.fixture.person("lss.karlstad", 17), null)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.toUnit.id").value(buh.toString()));
		this.fixture.create("lss.karlstad", this.fixture.person("lss.karlstad", 17), vh)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.toUnit.id").value(vh.toString()));
		this.fixture.create("lss.karlstad", this.fixture.person("lss.karlstad", 17), this.fixture.unitOf("lss.arvika"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("validation-failed"));
	}

	@Test
	@DisplayName("R6 a referral is refused while habilitation is ongoing")
	void r6ReferralRefusedWhileHabilitationIsOngoing() throws Exception {
		String person = this.fixture.consentedPerson("lss.karlstad", 9);
		this.fixture.intervention("lss.karlstad", person, this.fixture.unit(UnitKind.BUH))
			.andExpect(status().isCreated());

		this.fixture.create("lss.karlstad", person, null)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("ongoing-habilitation"));
	}

	@Test
	@DisplayName("R6 sending is refused again when habilitation has started since the draft, which stays a draft")
	void r6SendingRefusedWhenHabilitationStartedSinceTheDraft() throws Exception {
		String person = this.fixture.consentedPerson("lss.karlstad", 30);
		String referral = this.fixture.draft("lss.karlstad", person);
		this.fixture.intervention("lss.karlstad", person, this.fixture.unit(UnitKind.VH))
			.andExpect(status().isCreated());

		this.fixture.move("lss.karlstad", referral, "send")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("ongoing-habilitation"));
		this.fixture.read("lss.karlstad", referral).andExpect(jsonPath("$.status").value("DRAFT"));
	}

	@Test
	@DisplayName("R1 sending needs an active consent covering the sender's and the receiver's principal; without it the referral stays a draft")
	void r1SendingNeedsConsentAndKeepsTheDraft() throws Exception {
		String person = this.fixture.person("lss.karlstad", 9);
		String referral = this.fixture.draft("lss.karlstad", person);

		this.fixture.move("lss.karlstad", referral, "send")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("consent-required"))
			.andExpect(jsonPath("$.detail").value(
					"Ett gällande samtycke som omfattar din huvudman och mottagarens krävs för att skicka vårdbegäran"));
		this.fixture.read("lss.karlstad", referral)
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.version").value(0));
		this.fixture.read("buh.personal", referral).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/persons/" + person).with(this.fixture.as("buh.personal")))
			.andExpect(status().isNotFound());

		this.fixture.consent("lss.karlstad", person, this.fixture.principalOf("lss.karlstad"), this.fixture.region());
		this.fixture.move("lss.karlstad", referral, "send")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SENT"));
	}

	@Test
	@DisplayName("R1 accepting needs the consent still active; once revoked the referral stays received and says why")
	void r1AcceptingNeedsTheConsentStillActive() throws Exception {
		String person = this.fixture.person("lss.karlstad", 9);
		String consent = this.fixture.consent("lss.karlstad", person, this.fixture.principalOf("lss.karlstad"),
				this.fixture.region());
		String referral = this.fixture.draft("lss.karlstad", person);
		this.fixture.move("lss.karlstad", referral, "send").andExpect(status().isOk());
		this.fixture.move("buh.personal", referral, "receipt").andExpect(status().isOk());
		this.mvc
			.perform(post("/api/v1/persons/" + person + "/consents/" + consent + "/revocation")
				.with(this.fixture.as("lss.karlstad"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\":\"Vill inte längre\"}"))
			.andExpect(status().isOk());

		this.fixture.decide("buh.personal", referral, "ACCEPTED", null, null)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("consent-required"))
			.andExpect(jsonPath("$.detail").value(
					"Ett gällande samtycke som omfattar din huvudman och avsändarens krävs för att ta emot vårdbegäran"));
		this.fixture.read("buh.personal", referral).andExpect(jsonPath("$.status").value("RECEIVED"));
	}

	@Test
	@DisplayName("R6 every move outside the status machine is 409 invalid-transition and writes nothing")
	void r6MovesOutsideTheMachineAreRefused() throws Exception {
		String referral = this.fixture.sent("lss.karlstad");
		this.fixture.move("lss.karlstad", referral, "send")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("invalid-transition"));
		this.fixture.decide("buh.personal", referral, "ACCEPTED", null, null)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("invalid-transition"));
		this.fixture.move("buh.personal", referral, "receipt").andExpect(status().isOk());
		this.fixture.move("buh.personal", referral, "receipt")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("invalid-transition"));
		this.fixture.decide("buh.personal", referral, "DECLINED", null, null)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("validation-failed"))
			.andExpect(jsonPath("$.detail").value("Ange skälet när du avböjer en vårdbegäran"));
		this.fixture.decide("buh.personal", referral, "DECLINED", "Frågan gäller inte habilitering", null)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DECLINED"))
			.andExpect(jsonPath("$.interventionId", nullValue()));
		this.fixture.move("lss.karlstad", referral, "withdrawal")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("invalid-transition"));
		this.fixture.decide("buh.personal", referral, "ACCEPTED", null, null)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("invalid-transition"));
		this.fixture.read("lss.karlstad", referral)
			.andExpect(jsonPath("$.status").value("DECLINED"))
			.andExpect(jsonPath("$.history.length()").value(4));
		assertThat(this.events.stream(Notice.class))
			.anySatisfy((notice) -> assertThat(notice.messageKey()).isEqualTo("notice.referral.decided.DECLINED"));
	}

	@Test
	@DisplayName("R6 the sender withdraws before a decision and the receiving unit is told")
	void r6TheSenderWithdrawsBeforeADecision() throws Exception {
		String draft = this.fixture.draft("lss.karlstad", this.fixture.person("lss.karlstad", 9));
		this.fixture.move("lss.karlstad", draft, "withdrawal")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("WITHDRAWN"));

		String referral = this.fixture.sent("lss.karlstad");
		this.fixture.move("buh.personal", referral, "withdrawal")
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("forbidden"));
		this.fixture.move("lss.karlstad", referral, "receipt")
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("forbidden"));
		this.fixture.move("lss.karlstad", referral, "withdrawal")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("WITHDRAWN"))
			.andExpect(jsonPath("$.withdrawnAt", notNullValue()));
		assertThat(this.events.stream(Notice.class)).anySatisfy((notice) -> {
			assertThat(notice.messageKey()).isEqualTo("notice.referral.withdrawn");
			assertThat(notice.link()).isEqualTo("/referrals/" + referral);
			assertThat(notice.recipientStaffIds()).contains(this.fixture.staffId("buh.personal"));
		});
		this.fixture.move("buh.personal", referral, "receipt")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("invalid-transition"));
		// the receiving unit's inbox holds what was sent to it, withdrawn or not; never a
		// draft
		this.mvc.perform(get("/api/v1/referrals?box=inbox&size=200").with(this.fixture.as("buh.personal")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].id", hasItem(referral)))
			.andExpect(jsonPath("$.items[*].id", not(hasItem(draft))));
	}

	@Test
	@DisplayName("Only the sending and the receiving unit see a referral; everyone else gets 404, and only municipal staff write one")
	void onlyTheTwoUnitsSeeAReferral() throws Exception {
		String referral = this.fixture.sent("lss.karlstad");
		this.fixture.read("lss.karlstad", referral).andExpect(status().isOk());
		this.fixture.read("chef.karlstad", referral).andExpect(status().isOk());
		this.fixture.read("buh.personal", referral).andExpect(status().isOk());
		for (String other : new String[] { "vh.personal", "lss.arvika", "admin", "mar.karlstad" }) {
			if (this.directory.account(other).orElseThrow().unit().id().equals(this.fixture.unitOf("lss.karlstad"))) {
				continue;
			}
			this.fixture.read(other, referral).andExpect(status().isNotFound());
			this.fixture.move(other, referral, "receipt").andExpect(status().isNotFound());
			this.fixture.move(other, referral, "withdrawal").andExpect(status().isNotFound());
			this.mvc.perform(get("/api/v1/referrals/" + referral + ".pdf").with(this.fixture.as(other)))
				.andExpect(status().isNotFound());
			this.mvc.perform(get("/api/v1/referrals?box=inbox").with(this.fixture.as(other)))
				.andExpect(jsonPath("$.items[*].id", not(hasItem(referral))));
		}
		this.fixture.read("buh.personal", UUID.randomUUID().toString())
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("not-found"));
		this.mvc.perform(get("/api/v1/referrals/" + referral)).andExpect(status().isUnauthorized());

		// BUH sees the person now, but referrals are written by municipal staff.
		String person = com.jayway.jsonpath.JsonPath.read(
				this.fixture.read("buh.personal", referral).andReturn().getResponse().getContentAsString(),
				"$.personId");
		this.fixture.create("buh.personal", person, null)
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("forbidden"));
		// A person the caller may not see is 404, whether it exists or not.
		this.fixture.create("lss.arvika", person, null).andExpect(status().isNotFound());
		this.fixture.create("lss.arvika", UUID.randomUUID().toString(), null).andExpect(status().isNotFound());
	}

	@Test
	@DisplayName("A stale If-Match is 412 and writes nothing; of two moves on the same version one wins")
	void concurrentMovesHaveOneWinner() throws Exception {
		String referral = this.fixture.sent("lss.karlstad");
		int version = ReferralsFixture.version(this.fixture.read("buh.personal", referral)
			.andExpect(header().string("ETag", org.hamcrest.Matchers.containsString("\""))));

		this.fixture.move("buh.personal", referral, "receipt", version + 7)
			.andExpect(status().isPreconditionFailed())
			.andExpect(jsonPath("$.code").value("stale-version"));
		this.fixture.read("buh.personal", referral).andExpect(jsonPath("$.status").value("SENT"));

		// Two users saw the same version: the receiver acknowledges, the sender
		// withdraws.
		this.fixture.move("buh.personal", referral, "receipt", version).andExpect(status().isOk());
		this.fixture.move("lss.karlstad", referral, "withdrawal", version)
			.andExpect(status().isPreconditionFailed())
			.andExpect(jsonPath("$.code").value("stale-version"));
		this.fixture.read("lss.karlstad", referral)
			.andExpect(jsonPath("$.status").value("RECEIVED"))
			.andExpect(jsonPath("$.version").value(version + 1));

		// Without If-Match the database decides: the second of two saves from the same
		// version fails.
		Referral first = this.referrals.findById(UUID.fromString(referral)).orElseThrow();
		Referral second = this.referrals.findById(UUID.fromString(referral)).orElseThrow();
		first.decide(Outcome.DECLINED, "Först", this.fixture.staffId("buh.personal"), this.clock.instant());
		second.withdraw(this.fixture.staffId("lss.karlstad"), this.clock.instant());
		this.referrals.save(first);
		assertThatThrownBy(() -> this.referrals.save(second)).isInstanceOf(OptimisticLockingFailureException.class);
		this.fixture.read("lss.karlstad", referral).andExpect(jsonPath("$.status").value("DECLINED"));
	}

	@Test
	@DisplayName("The boxes list the unit's referrals by status; a bad box or status is 400")
	void theBoxes() throws Exception {
		String person = this.fixture.person("lss.karlstad", 9);
		String draft = this.fixture.draft("lss.karlstad", person);
		String sent = this.fixture.sent("lss.karlstad");

		this.mvc.perform(get("/api/v1/referrals?box=outbox&status=DRAFT").with(this.fixture.as("lss.karlstad")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].id", hasItem(draft)))
			.andExpect(jsonPath("$.items[*].id", not(hasItem(sent))))
			.andExpect(jsonPath("$.page").value(0))
			.andExpect(jsonPath("$.total", notNullValue()));
		this.mvc.perform(get("/api/v1/referrals?box=outbox").with(this.fixture.as("lss.karlstad")))
			.andExpect(jsonPath("$.items[*].id", hasItem(sent)));
		this.mvc.perform(get("/api/v1/referrals?box=inbox").with(this.fixture.as("buh.personal")))
			.andExpect(jsonPath("$.items[*].id", hasItem(sent)))
			.andExpect(jsonPath("$.items[*].id", not(hasItem(draft))));
		this.mvc.perform(get("/api/v1/referrals?box=inbox&status=RECEIVED").with(this.fixture.as("buh.personal")))
			.andExpect(jsonPath("$.items[*].id", not(hasItem(sent))));
		this.mvc.perform(get("/api/v1/referrals?box=inbox").with(this.fixture.as("lss.karlstad")))
			.andExpect(jsonPath("$.items[*].id", not(hasItem(sent))));
		this.mvc.perform(get("/api/v1/referrals?box=elsewhere").with(this.fixture.as("lss.karlstad")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("validation-failed"));
		this.mvc.perform(get("/api/v1/referrals?box=inbox&status=LOST").with(this.fixture.as("lss.karlstad")))
			.andExpect(status().isBadRequest());
	}

	@Test
	@DisplayName("Bad input is 400, never 500")
	void badInput() throws Exception {
		this.mvc
			.perform(post("/api/v1/referrals").with(this.fixture.as("lss.karlstad"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\":\"x\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("validation-failed"));
		String person = this.fixture.person("lss.karlstad", 9);
		this.mvc
			.perform(post("/api/v1/referrals").with(this.fixture.as("lss.karlstad"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"personId\":\"" + person + "\",\"reason\":\" \",\"question\":\"q\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("validation-failed"));
		this.mvc
			.perform(post("/api/v1/referrals").with(this.fixture.as("lss.karlstad"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"personId\":\"" + person + "\",\"reason\":\"r\",\"question\":\"q\",\"urgency\":\"NOW\"}"))
			.andExpect(status().isBadRequest());
		String referral = this.fixture.sent("lss.karlstad");
		this.fixture.move("buh.personal", referral, "receipt").andExpect(status().isOk());
		this.mvc
			.perform(post("/api/v1/referrals/" + referral + "/decision").with(this.fixture.as("buh.personal"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"comment\":\"x\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("validation-failed"));
		this.fixture.move("buh.personal", referral, "receipt", null);
		this.mvc
			.perform(post("/api/v1/referrals/" + referral + "/send").with(this.fixture.as("lss.karlstad"))
				.header("If-Match", "\"abc\""))
			.andExpect(status().isBadRequest());
	}

	@Test
	@DisplayName("L3 reading a referral writes the access log of its person")
	void l3ReadsAreLogged() throws Exception {
		String referral = this.fixture.sent("lss.karlstad");
		String person = com.jayway.jsonpath.JsonPath.read(
				this.fixture.read("buh.personal", referral).andReturn().getResponse().getContentAsString(),
				"$.personId");
		assertThat(this.jdbc.sql(
				"select count(*) from access_log where person_id = :person and username = 'buh.personal' and action = 'REFERRAL_READ'")
			.param("person", UUID.fromString(person))
			.query(Long.class)
			.single()).isPositive();
	}

	@Test
	@DisplayName("A referral prints as a PDF for the receiver's records")
	void thePdf() throws Exception {
		String referral = this.fixture.sent("lss.karlstad");
		byte[] pdf = this.mvc
			.perform(get("/api/v1/referrals/" + referral + ".pdf").with(this.fixture.as("buh.personal")))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String text = PdfText.of(pdf);
		assertThat(text).contains("Vårdbegäran (remiss)")
			.contains("Remissdotter")
			.contains("Behov av samverkan kring kommunikation")
			.contains("Behövs en bedömning?")
			.contains("Barn- och ungdomshabiliteringen")
			.contains("Skickad av");
	}

	@Test
	@DisplayName("R6 referrals read for a list equal the aggregates, steps in order, in the order asked for")
	void r6ListReadsEqualTheAggregates() throws Exception {
		String person = this.fixture.consentedPerson("lss.karlstad", 9);
		UUID draft = UUID.fromString(this.fixture.draft("lss.karlstad", person));
		UUID declined = UUID.fromString(this.fixture.draft("lss.karlstad", person));
		this.fixture.move("lss.karlstad", declined.toString(), "send").andExpect(status().isOk());
		this.fixture.move("buh.personal", declined.toString(), "receipt").andExpect(status().isOk());
		this.fixture.decide("buh.personal", declined.toString(), "DECLINED", "Inte vår målgrupp.", null)
			.andExpect(status().isOk());

		List<Referral> read = this.reads.byIds(List.of(declined, UUID.randomUUID(), draft));

		assertThat(read).extracting(Referral::id).containsExactly(declined, draft);
		assertThat(read).usingRecursiveFieldByFieldElementComparator()
			.containsExactly(this.referrals.findById(declined).orElseThrow(),
					this.referrals.findById(draft).orElseThrow());
		assertThat(read.get(0).steps()).extracting(ReferralStep::status)
			.containsExactly(ReferralStatus.DRAFT, ReferralStatus.SENT, ReferralStatus.RECEIVED,
					ReferralStatus.DECLINED);
		UUID karlstad = this.directory.account("lss.karlstad").orElseThrow().unit().id();
		assertThat(this.reads.onTimeline(UUID.fromString(person), karlstad, 0, 10))
			.usingRecursiveFieldByFieldElementComparator()
			.containsExactlyInAnyOrderElementsOf(this.referrals.findAllById(List.of(declined, draft)));
	}

	@Test
	@DisplayName("L3 the timeline places a referral at its time (sent, else written), newest first, for the units that are its sides, and reads only a page's")
	void l3TimelinePlacesReferralsByTheirTime() throws Exception {
		String person = this.fixture.consentedPerson("lss.karlstad", 9);
		UUID draft = UUID.fromString(this.fixture.draft("lss.karlstad", person));
		UUID sent = UUID.fromString(this.fixture.draft("lss.karlstad", person));
		this.fixture.move("lss.karlstad", sent.toString(), "send").andExpect(status().isOk());
		Referral sentOne = this.referrals.findById(sent).orElseThrow();
		Instant written = this.referrals.findById(draft).orElseThrow().createdAt();
		UUID karlstad = this.directory.account("lss.karlstad").orElseThrow().unit().id();
		UUID person1 = UUID.fromString(person);

		assertThat(this.reads.timesOnTimeline(person1, karlstad, 10)).containsExactly(sentOne.sentAt(), written);
		assertThat(this.reads.timesOnTimeline(person1, karlstad, 1)).containsExactly(sentOne.sentAt());
		assertThat(this.reads.onTimeline(person1, karlstad, 0, 1)).extracting(Referral::id).containsExactly(sent);
		assertThat(this.reads.onTimeline(person1, karlstad, 1, 5)).extracting(Referral::id).containsExactly(draft);
		assertThat(this.reads.timesOnTimeline(person1, sentOne.toUnitId(), 10)).as("the receiver sees no draft")
			.containsExactly(sentOne.sentAt());
		assertThat(this.reads.timesOnTimeline(person1, this.fixture.unit(UnitKind.VH), 10)).as("nor does a third unit")
			.isEmpty();
	}

	@Test
	@DisplayName("R6 a sent referral is told to every active member of the receiving unit, however many")
	void r6TheWholeReceivingUnitIsTold() throws Exception {
		UUID buh = this.fixture.unit(UnitKind.BUH);
		Page<StaffView> before = this.directory.staff(buh, true, PageRequest.of(0, PageRequest.MAX_SIZE));
		assertThat(before.total()).isLessThan(PageRequest.MAX_SIZE);
		// more than a page of the directory with those already there, and one who has
		// left;
		// removed again after the test, which the other tests' counts of the unit need
		List<Object[]> added = IntStream.range(0, 206)
			.mapToObj((i) -> new Object[] { UUID.randomUUID(), "storby." + UUID.randomUUID(), "Personal " + i, buh,
					i > 0, 0 })
			.toList();
		this.jdbc.sql("insert into staff (id, username, display_name, unit_id, active, version) values :rows")
			.param("rows", added)
			.update();
		try {
			String person = this.fixture.consentedPerson("lss.karlstad", 9);
			String referral = ReferralsFixture
				.id(this.fixture.create("lss.karlstad", person, buh).andExpect(status().isCreated()));

			this.fixture.move("lss.karlstad", referral, "send").andExpect(status().isOk());

			List<UUID> told = new ArrayList<>(before.items().stream().map(StaffView::id).toList());
			added.stream().skip(1).forEach((row) -> told.add((UUID) row[0]));
			assertThat(this.events.stream(Notice.class)
				.filter((notice) -> notice.link().equals("/referrals/" + referral))
				.findFirst()
				.orElseThrow()
				.recipientStaffIds()).containsExactlyInAnyOrderElementsOf(told);
		}
		finally {
			this.jdbc.sql("delete from staff where id in (:ids)")
				.param("ids", added.stream().map((row) -> row[0]).toList())
				.update();
		}
	}

}

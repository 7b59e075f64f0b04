package se.samverkan.referrals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.organisation.Directory;
import se.samverkan.organisation.SignedInStaff;
import se.samverkan.referrals.ReferralManagement.Box;
import se.samverkan.shared.Page;
import se.samverkan.shared.PageRequest;
import se.samverkan.testing.CountingDataSource;
import se.samverkan.testing.QueryPlans;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A unit's outbox lists what it wrote newest first: a sent referral at the time it was
 * sent, one not sent at the time it was written, referrals of the same time by id (issue
 * 7: the time is a column, {@code outbox_at}, so that an index serves the order; before,
 * the order was {@code coalesce(sent_at, created_at)}, which no index served). The test
 * runs in a transaction that is rolled back; its referrals are dated a year ahead, so
 * that they come first.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(CountingDataSource.Installed.class)
@Transactional
class ReferralOutboxOrderTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Directory directory;

	@Autowired
	Clock clock;

	@Autowired
	ReferralManagement management;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	ReferralsFixture fixture;

	SignedInStaff me;

	@BeforeEach
	void fixture() {
		this.fixture = new ReferralsFixture(this.mvc, this.directory, this.clock);
		this.me = this.directory.account("lss.karlstad").orElseThrow();
	}

	@Test
	@DisplayName("R6 the outbox lists a sent referral by when it was sent and an unsent one by when it was written, newest first and ties by id; its pages walk it once")
	void r6TheOutboxOrdersBySentElseWritten() throws Exception {
		UUID person = UUID.fromString(this.fixture.consentedPerson("lss.karlstad", 9));
		Instant t = this.clock.instant().plus(Duration.ofDays(365)).truncatedTo(ChronoUnit.SECONDS);
		UUID writtenFirst = written(person, t.plus(hours(1)));
		UUID sentLater = sent(person, t, t.plus(hours(3)));
		UUID writtenSecond = written(person, t.plus(hours(2)));
		UUID writtenAtFour = written(person, t.plus(hours(4)));
		UUID sentAtFour = sent(person, t, t.plus(hours(4)));
		UUID withdrawnAfterSending = sent(person, t.plus(hours(5)), t.plus(hours(6)));
		ReferralView withdrawn = this.management.one(this.me, withdrawnAfterSending);
		this.management.withdraw(this.me, withdrawnAfterSending, withdrawn.version(), t.plus(hours(7)));

		List<UUID> tied = new ArrayList<>(List.of(writtenAtFour, sentAtFour));
		tied.sort(Comparator.comparing(UUID::toString));
		List<UUID> expected = List.of(withdrawnAfterSending, tied.get(0), tied.get(1), sentLater, writtenSecond,
				writtenFirst);

		assertThat(walk(null, 2).subList(0, expected.size())).as("pages of two").isEqualTo(expected);
		assertThat(walk(null, 50)).as("every referral the unit wrote, in pages of 50, as the order says")
			.isEqualTo(everyReferralOfTheUnitInOrder());
		assertThat(walk(ReferralStatus.DRAFT, 1).subList(0, 3)).as("its drafts, in pages of one")
			.containsExactly(writtenAtFour, writtenSecond, writtenFirst);
	}

	@Test
	@DisplayName("R6 a page of the outbox, and of the inbox, is read from its unit's index in order: it stops after its rows instead of sorting the unit's whole box")
	void r6ABoxPageReadsItsIndexInOrder() throws Exception {
		UUID person = UUID.fromString(this.fixture.consentedPerson("lss.karlstad", 9));
		sent(person, this.clock.instant(), this.clock.instant());
		SignedInStaff receiver = this.directory.account("buh.personal").orElseThrow();

		QueryPlans.Plan outbox = plan(this.me, Box.OUTBOX);
		QueryPlans.Plan inbox = plan(receiver, Box.INBOX);

		assertThat(outbox.readsInOrderOf("referral_outbox_idx")).as("%s", outbox).isTrue();
		assertThat(inbox.readsInOrderOf("referral_inbox_idx")).as("%s", inbox).isTrue();
	}

	private QueryPlans.Plan plan(SignedInStaff staff, Box box) throws Exception {
		return QueryPlans.of(this.dataSource,
				CountingDataSource.boundBy(() -> this.management.box(staff, box, null, false, new PageRequest(0, 20))),
				"order by");
	}

	/** The outbox, page by page, each id once; every page tells the same total. */
	private List<UUID> walk(ReferralStatus status, int size) {
		List<UUID> seen = new ArrayList<>();
		Set<UUID> once = new HashSet<>();
		long total = -1;
		for (int page = 0;; page++) {
			Page<ReferralView> read = this.management.box(this.me, Box.OUTBOX, status, false,
					new PageRequest(page, size));
			if (total >= 0) {
				assertThat(read.total()).as("total on page %d", page).isEqualTo(total);
			}
			total = read.total();
			for (ReferralView referral : read.items()) {
				assertThat(once.add(referral.id())).as("%s on one page only", referral.id()).isTrue();
				seen.add(referral.id());
			}
			if (read.items().size() < size) {
				break;
			}
		}
		assertThat(seen).hasSize((int) total);
		return seen;
	}

	/**
	 * Every referral the unit wrote, in the outbox's order worked out here: sent else
	 * written, newest first, then by id (as the databases order a uuid: its text).
	 */
	private List<UUID> everyReferralOfTheUnitInOrder() {
		record Row(UUID id, Instant at) {
		}
		return this.jdbc.sql("select id, sent_at, created_at from referral where from_unit_id = :unit")
			.param("unit", this.me.unit().id())
			.query((rs, row) -> {
				OffsetDateTime sent = rs.getObject("sent_at", OffsetDateTime.class);
				return new Row(rs.getObject("id", UUID.class),
						((sent != null) ? sent : rs.getObject("created_at", OffsetDateTime.class)).toInstant());
			})
			.list()
			.stream()
			.sorted(Comparator.comparing(Row::at).reversed().thenComparing((row) -> row.id().toString()))
			.map(Row::id)
			.toList();
	}

	private UUID written(UUID person, Instant at) {
		return this.management
			.create(this.me, new CreateReferral(person, null, "Behov av samverkan", "Behövs en bedömning?", null), at)
			.id();
	}

	private UUID sent(UUID person, Instant writtenAt, Instant sentAt) {
		UUID id = written(person, writtenAt);
		this.management.send(this.me, id, null, sentAt);
		return id;
	}

	private static Duration hours(int hours) {
		return Duration.ofHours(hours);
	}

}

package se.samverkan.referrals;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import se.samverkan.organisation.Directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Lists read referrals with their steps in two statements ({@link ReferralReads}); what
 * they read must be the aggregate the repository reads, field by field.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class ReferralReadsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Directory directory;

	@Autowired
	Clock clock;

	@Autowired
	Referrals referrals;

	@Autowired
	ReferralReads reads;

	ReferralsFixture fixture;

	@BeforeEach
	void fixture() {
		this.fixture = new ReferralsFixture(this.mvc, this.directory, this.clock);
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
		assertThat(this.reads.byPerson(UUID.fromString(person))).usingRecursiveFieldByFieldElementComparator()
			.containsExactlyInAnyOrderElementsOf(this.referrals.findAllById(List.of(declined, draft)));
	}

}

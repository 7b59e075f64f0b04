package se.samverkan.individuals;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import se.samverkan.organisation.Directory;
import se.samverkan.organisation.SignedInStaff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The person page's timeline comes in pages of {@link PersonPage#TIMELINE_SIZE} entries,
 * contacts and other modules' entries merged newest first, so that a person with years of
 * contacts or hundreds of referrals reads one page; the consents and interventions fall
 * on exactly one page, the one whose time span holds them.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PersonPageTimelineTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Directory directory;

	@Autowired
	Clock clock;

	@Autowired
	Contacts contacts;

	@Autowired
	IndividualsManagement individuals;

	@Test
	@DisplayName("L3 the timeline is read a page at a time, each consent and intervention on the page of its time")
	void theTimelineIsPaged() throws Exception {
		IndividualsFixture fixture = new IndividualsFixture(this.mvc, this.directory, this.clock);
		UUID id = UUID.fromString(fixture.person("lss.karlstad", 30));
		fixture.consent("lss.karlstad", id.toString(), fixture.karlstad(), fixture.region());
		UUID unit = fixture.unitOf("lss.karlstad");
		UUID staff = fixture.staffId("lss.karlstad");
		Instant now = Instant.now(this.clock).truncatedTo(ChronoUnit.SECONDS);
		int size = PersonPage.TIMELINE_SIZE;
		for (int i = 0; i <= size; i++) {
			this.contacts.save(Contact.record(id, unit, staff, now.minus(i, ChronoUnit.DAYS), ContactChannel.PHONE,
					ContactPurpose.values()[0], List.of(staff), "Samtal " + i, now));
		}
		SignedInStaff me = this.directory.account("lss.karlstad").orElseThrow();
		Instant consentGiven = fixture.today.atStartOfDay(this.clock.getZone()).toInstant();

		PersonPage first = this.individuals.personPage(me, id, 0);
		assertThat(first.contacts()).hasSize(size);
		assertThat(first.olderPages()).isTrue();
		assertThat(first.contacts().get(0).participantStaffIds()).containsExactly(staff);
		assertThat(first.covers(consentGiven)).as("today's consent on the first page").isTrue();

		PersonPage second = this.individuals.personPage(me, id, 1);
		assertThat(second.contacts()).extracting(ContactView::occurredAt)
			.containsExactly(now.minus(size, ChronoUnit.DAYS));
		assertThat(second.olderPages()).isFalse();
		assertThat(second.covers(consentGiven)).as("and on no other").isFalse();
		assertThat(second.covers(now.minus(size, ChronoUnit.DAYS).minusSeconds(1))).isTrue();
		assertThat(first.covers(now.minus(size, ChronoUnit.DAYS).minusSeconds(1))).isFalse();

		for (int beyond : List.of(2, 7)) {
			PersonPage past = this.individuals.personPage(me, id, beyond);
			assertThat(past.contacts()).as("page %d beyond the last", beyond).isEmpty();
			assertThat(past.olderPages()).isFalse();
			assertThat(past.covers(consentGiven)).as("covers nothing, not everything again").isFalse();
			assertThat(past.covers(now.minus(size + 1, ChronoUnit.DAYS))).isFalse();
		}
	}

	@Test
	@DisplayName("L3 a page of the timeline holds at most its size of entries, however contacts and referrals share them")
	void aPageIsBoundedByAllItsEntries() throws Exception {
		IndividualsFixture fixture = new IndividualsFixture(this.mvc, this.directory, this.clock);
		UUID id = UUID.fromString(fixture.person("lss.karlstad", 31));
		UUID unit = fixture.unitOf("lss.karlstad");
		UUID staff = fixture.staffId("lss.karlstad");
		Instant now = Instant.now(this.clock).truncatedTo(ChronoUnit.SECONDS);
		int size = PersonPage.TIMELINE_SIZE;
		for (int i = 1; i <= 3; i++) {
			this.contacts.save(Contact.record(id, unit, staff, now.minus(i, ChronoUnit.DAYS), ContactChannel.PHONE,
					ContactPurpose.values()[0], List.of(staff), "Samtal " + i, now));
		}
		// referrals written after the contacts, more than a page of them
		Set<String> written = new HashSet<>();
		for (int i = 0; i < size + 5; i++) {
			written.add("/referrals/" + IndividualsFixture.id(
					this.mvc
						.perform(post("/api/v1/referrals").with(fixture.as("lss.karlstad"))
							.contentType(MediaType.APPLICATION_JSON)
							.content("""
									{"personId":"%s","reason":"Behov %d","question":"Fråga","urgency":"NORMAL"}
									""".formatted(id, i)))
						.andExpect(status().isCreated())));
		}
		SignedInStaff me = this.directory.account("lss.karlstad").orElseThrow();

		PersonPage first = this.individuals.personPage(me, id, 0);
		assertThat(first.contributed()).hasSize(size);
		assertThat(first.contacts()).isEmpty();
		assertThat(first.olderPages()).isTrue();
		PersonPage second = this.individuals.personPage(me, id, 1);
		assertThat(second.contributed()).hasSize(5);
		assertThat(second.contacts()).extracting(ContactView::occurredAt)
			.containsExactly(now.minus(1, ChronoUnit.DAYS), now.minus(2, ChronoUnit.DAYS),
					now.minus(3, ChronoUnit.DAYS));
		assertThat(second.olderPages()).isFalse();
		List<String> shown = new ArrayList<>();
		first.contributed().forEach((item) -> shown.add(item.link()));
		second.contributed().forEach((item) -> shown.add(item.link()));
		assertThat(shown).as("each referral on one page").containsExactlyInAnyOrderElementsOf(written);
	}

}

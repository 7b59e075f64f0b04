package se.samverkan.individuals;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import se.samverkan.testing.CountingDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The API's contacts of a person are paged in SQL (issue 7): a page, or one contact,
 * reads the rows it shows however many contacts a long-term person has, in as many
 * statements, each read access-logged once (L3).
 */
@Import(CountingDataSource.Installed.class)
class ContactReadStatementCountTests extends IndividualsApplicationTest {

	@Autowired
	Contacts contacts;

	@Test
	@DisplayName("L3 issue 7 a page of a person's contacts reads that page, in as many statements for 60 contacts as for one, and is logged once")
	void aPageOfContactsReadsThatPage() throws Exception {
		UUID one = person(1);
		UUID ten = person(10);
		UUID sixty = person(60);

		assertThat(statements(page(sixty, 0, 10))).as("60 contacts against one")
			.isEqualTo(statements(page(one, 0, 10)));
		assertThat(rows(page(sixty, 0, 10))).as("a page of 10 of 60 contacts against all of 10")
			.isEqualTo(rows(page(ten, 0, 10)));
		assertThat(rows(page(sixty, 5, 10))).as("the last page of 60 against all of 10")
			.isEqualTo(rows(page(ten, 0, 10)));

		this.mvc.perform(page(sixty, 1, 10).with(this.fixture.as("lss.karlstad")))
			.andExpect(status().isOk())
			.andExpect(pageOf(1, 10, 60))
			.andExpect(jsonPath("$.items.length()").value(10))
			.andExpect(jsonPath("$.items[0].summary").value("Samtal 10"))
			.andExpect(jsonPath("$.items[9].summary").value("Samtal 19"))
			.andExpect(jsonPath("$.items[0].personId").value(sixty.toString()))
			.andExpect(jsonPath("$.items[0].participantStaffIds.length()").value(2))
			.andExpect(jsonPath("$.items[0].withPerson").value(true));
		this.mvc.perform(page(sixty, 6, 10).with(this.fixture.as("lss.karlstad")))
			.andExpect(status().isOk())
			.andExpect(pageOf(6, 10, 60))
			.andExpect(jsonPath("$.items.length()").value(0));
		this.mvc.perform(get("/api/v1/persons/{id}/contacts", one).with(this.fixture.as("lss.karlstad")))
			.andExpect(status().isOk())
			.andExpect(pageOf(0, 50, 1))
			.andExpect(jsonPath("$.items[0].summary").value("Samtal 0"));

		long before = contactReads(sixty);
		statements(page(sixty, 2, 10));
		assertThat(contactReads(sixty)).as("one row in the access log per page read").isEqualTo(before + 1);
		this.mvc.perform(page(sixty, 0, 10).with(this.fixture.as("lss.arvika"))).andExpect(status().isNotFound());
		assertThat(contactReads(sixty)).as("nothing logged for a person the caller does not see").isEqualTo(before + 1);
	}

	@Test
	@DisplayName("L3 issue 7 one contact is read by its id, in as many statements and rows for a person with 60 contacts as with one, and is logged once")
	void oneContactIsReadByItsId() throws Exception {
		UUID one = person(1);
		UUID sixty = person(60);
		UUID onlyOne = newestContactOf(one);
		UUID oldest = contactIds(sixty).get(59);

		assertThat(statements(contact(sixty, oldest))).isEqualTo(statements(contact(one, onlyOne)));
		assertThat(rows(contact(sixty, oldest))).as("one contact of 60 against the only one")
			.isEqualTo(rows(contact(one, onlyOne)));

		this.mvc.perform(contact(sixty, oldest).with(this.fixture.as("lss.karlstad")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(oldest.toString()))
			.andExpect(jsonPath("$.personId").value(sixty.toString()))
			.andExpect(jsonPath("$.summary").value("Samtal 59"))
			.andExpect(jsonPath("$.channel").value("PHONE"))
			.andExpect(jsonPath("$.participantStaffIds.length()").value(2))
			.andExpect(jsonPath("$.version").value(0));

		long before = contactReads(sixty);
		statements(contact(sixty, oldest));
		assertThat(contactReads(sixty)).as("one row in the access log per contact read").isEqualTo(before + 1);
		for (UUID notHers : List.of(onlyOne, UUID.randomUUID())) {
			this.mvc.perform(contact(sixty, notHers).with(this.fixture.as("lss.karlstad")))
				.andExpect(status().isNotFound())
				.andExpect(jsonPath("$.code").value("not-found"));
		}
		assertThat(contactReads(sixty)).as("a contact not the person's is 404, the contacts' read logged as before")
			.isEqualTo(before + 3);
		this.mvc.perform(contact(sixty, oldest).with(this.fixture.as("lss.arvika"))).andExpect(status().isNotFound());
		assertThat(contactReads(sixty)).as("nothing logged for a person the caller does not see").isEqualTo(before + 3);
	}

	/**
	 * A person registered by Karlstad's LSS unit with n contacts, one a day back from
	 * today, of two participants each, read once by Karlstad's LSS unit (so that each
	 * measured read finds what the first read leaves behind).
	 */
	private UUID person(int n) throws Exception {
		UUID id = UUID.fromString(this.fixture.person("lss.karlstad", 30));
		UUID recorder = this.fixture.staffId("lss.karlstad");
		UUID unit = this.fixture.unitOf("lss.karlstad");
		List<UUID> participants = List.of(recorder, this.fixture.staffId("chef.karlstad"));
		Instant now = Instant.now(this.clock).truncatedTo(ChronoUnit.SECONDS);
		List<Contact> recorded = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			recorded.add(Contact.record(id, unit, recorder, now.minus(i, ChronoUnit.DAYS), ContactChannel.PHONE,
					ContactPurpose.values()[0], participants, "Samtal " + i, now));
		}
		this.contacts.saveAll(recorded);
		this.mvc.perform(page(id, 0, 1).with(this.fixture.as("lss.karlstad"))).andExpect(status().isOk());
		return id;
	}

	private List<UUID> contactIds(UUID personId) {
		return this.jdbc.sql("select id from contact where person_id = :person order by occurred_at desc, id")
			.param("person", personId)
			.query(UUID.class)
			.list();
	}

	private UUID newestContactOf(UUID personId) {
		return contactIds(personId).get(0);
	}

	private long contactReads(UUID personId) {
		return this.jdbc.sql("select count(*) from access_log where person_id = :person and action = 'CONTACTS_READ'")
			.param("person", personId)
			.query(Long.class)
			.single();
	}

	private static MockHttpServletRequestBuilder page(UUID personId, int page, int size) {
		return get("/api/v1/persons/{id}/contacts", personId).param("page", String.valueOf(page))
			.param("size", String.valueOf(size));
	}

	private static MockHttpServletRequestBuilder contact(UUID personId, UUID contactId) {
		return get("/api/v1/persons/{id}/contacts/{contactId}", personId, contactId);
	}

	private static ResultMatcher pageOf(int page, int size, int total) {
		return (result) -> {
			jsonPath("$.page").value(page).match(result);
			jsonPath("$.size").value(size).match(result);
			jsonPath("$.total").value(total).match(result);
		};
	}

	private long statements(MockHttpServletRequestBuilder request) throws Exception {
		return CountingDataSource.statementsOf(this.mvc, request.with(this.fixture.as("lss.karlstad")));
	}

	private long rows(MockHttpServletRequestBuilder request) throws Exception {
		return CountingDataSource.pageRead(this.mvc, request.with(this.fixture.as("lss.karlstad"))).rows();
	}

}

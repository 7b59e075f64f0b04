package se.samverkan.meetings.web;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.organisation.Directory;
import se.samverkan.shared.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A meeting's agenda form offers the open matters to link (R11), the closed left out in
 * the database (issue 7): it read the 200 latest-changed matters and dropped the closed
 * among them, so an open matter behind 200 closed ones could not be linked. The test's
 * matters are rolled back with its transaction.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class MeetingMatterOptionsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Directory directory;

	@Autowired
	JdbcClient jdbc;

	@Test
	@DisplayName("R11 the agenda form offers an open matter however many closed ones changed since")
	void agendaFormOffersOpenMattersOnly() throws Exception {
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		UUID open = matter("Öppet ärende bakom de stängda", "REPORTED", now.minusDays(1));
		UUID closed = null;
		for (int i = 0; i <= PageRequest.MAX_SIZE; i++) {
			closed = matter("Stängt ärende " + i, "CLOSED", now);
		}
		String meeting = this.jdbc.sql("select id from meeting where status = 'PLANNED' order by starts_at limit 1")
			.query(String.class)
			.single();
		Document page = Jsoup.parse(this.mvc
			.perform(get("/meetings/" + meeting).with(user(this.directory.account("buh.samordnare").orElseThrow())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.select("select#matterId option[value=" + open + "]")).hasSize(1);
		assertThat(page.select("select#matterId option[value=" + closed + "]")).isEmpty();
	}

	private UUID matter(String title, String status, OffsetDateTime changedAt) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into matter (id, title, description, category, source, status, reported_at, changed_at, version)
				values (:id, :title, 'Vem ansvarar?', 'GREY_ZONE', 'STAFF', :status, :at, :at, 0)
				""").param("id", id).param("title", title).param("status", status).param("at", changedAt).update();
		return id;
	}

}

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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.matters.MatterManagement;
import se.samverkan.matters.MatterView;
import se.samverkan.organisation.Directory;
import se.samverkan.organisation.SignedInStaff;
import se.samverkan.shared.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A meeting's agenda form offers the open matters to link (R11), the closed left out in
 * the database, and finds any other open matter by a search on its title (issue 7): it
 * read the 200 latest-changed matters and dropped the closed among them, so an open
 * matter behind 200 closed ones could not be linked, and then listed the 200
 * latest-changed open ones, so an open matter behind 200 others could not be linked
 * either. The test's matters are rolled back with its transaction.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class MeetingMatterOptionsTests {

	static final String CONVENER = "buh.samordnare";

	@Autowired
	MockMvc mvc;

	@Autowired
	Directory directory;

	@Autowired
	MatterManagement matters;

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
		Document page = page("/meetings/" + plannedMeeting());
		assertThat(page.select("select#matterId option[value=" + open + "]")).hasSize(1);
		assertThat(page.select("select#matterId option[value=" + closed + "]")).isEmpty();
	}

	@Test
	@DisplayName("R11 an open matter behind 200 others that changed since is found by its title and linked to an agenda item")
	void agendaFormFindsAnyOpenMatterBySearch() throws Exception {
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		UUID wanted = matter("Skolskjuts i gråzonen", "UNDER_ANALYSIS", now.minusDays(30));
		UUID closedNamesake = matter("Skolskjuts i gråzonen, avslutat", "CLOSED", now.minusDays(30));
		for (int i = 0; i <= PageRequest.MAX_SIZE; i++) {
			matter("Nyare ärende " + i, "REPORTED", now.minusMinutes(i));
		}
		String meeting = plannedMeeting();
		String path = "/meetings/" + meeting;

		Document first = page(path);
		assertThat(first.select("select#matterId option[value=" + wanted + "]")).isEmpty();
		assertThat(first.select("#matterId-matches").text())
			.isEqualTo("Visar de 200 senast ändrade öppna ärendena, högst 200. Sök på rubriken för att hitta andra.");

		Document found = page(get(path).param("matterQuery", "  SKOLSKJUTS i "));
		assertThat(found.select("select#matterId option").eachAttr("value")).containsExactly("", wanted.toString());
		assertThat(found.select("select#matterId option[value=" + closedNamesake + "]")).isEmpty();
		assertThat(found.select("#matterId-matches").text())
			.isEqualTo("Sökningen på ”SKOLSKJUTS i” gav ett öppet ärende (högst 200 visas).");
		assertThat(found.select("#matterId-search input[name=matterQuery]").attr("value")).isEqualTo("  SKOLSKJUTS i ");
		assertThat(found.select("label[for=matterId-query]").text()).isEqualTo("Sök på ärendets rubrik");

		this.mvc
			.perform(post(path + "/agenda-items").param("title", "Skolskjutsen")
				.param("matterId", wanted.toString())
				.with(csrf())
				.with(as(CONVENER)))
			.andExpect(redirectedUrl(path));
		assertThat(this.jdbc.sql("select matter_id from agenda_item where meeting_id = :meeting and title = :title")
			.param("meeting", UUID.fromString(meeting))
			.param("title", "Skolskjutsen")
			.query(UUID.class)
			.single()).isEqualTo(wanted);
		assertThat(page(path).select("#agenda a.matter-link").eachText()).contains("Ärende: Skolskjuts i gråzonen");
	}

	@Test
	@DisplayName("R11 the backlog's form on the meetings page finds an open matter by its title likewise")
	void backlogFormFindsAnyOpenMatterBySearch() throws Exception {
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		UUID wanted = matter("Hjälpmedel vid flytt", "PRIORITISED", now.minusDays(30));
		for (int i = 0; i <= PageRequest.MAX_SIZE; i++) {
			matter("Nyare ärende " + i, "REPORTED", now.minusMinutes(i));
		}
		assertThat(page("/meetings").select("#propose select#matterId option[value=" + wanted + "]")).isEmpty();
		Document found = page(get("/meetings").param("matterQuery", "hjälpmedel vid"));
		assertThat(found.select("#propose select#matterId option[value=" + wanted + "]")).hasSize(1);
		assertThat(found.select("#matterId-search").attr("action")).isEqualTo("/meetings#matterId-field");
	}

	@Test
	@DisplayName("R11 the matter search takes % and _ literally, finds open matters only and nothing for those who handle no matters")
	void searchTakesWildcardsLiterally() {
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		UUID percent = matter("Ansvar till 100 % för hjälpmedlen", "REPORTED", now);
		UUID underscore = matter("Flyttrutin_för_LSS", "REPORTED", now);
		UUID plain = matter("Flyttrutin för LSS mellan enheter", "REPORTED", now);
		matter("Stängd flyttrutin 100 %", "CLOSED", now);
		SignedInStaff convener = account(CONVENER);

		assertThat(this.matters.openMatters(convener, "%", PageRequest.MAX_SIZE)).extracting(MatterView.Listed::id)
			.containsExactly(percent);
		assertThat(this.matters.openMatters(convener, "100 %", PageRequest.MAX_SIZE)).extracting(MatterView.Listed::id)
			.containsExactly(percent);
		assertThat(this.matters.openMatters(convener, "flyttrutin_", PageRequest.MAX_SIZE))
			.extracting(MatterView.Listed::id)
			.containsExactly(underscore);
		assertThat(this.matters.openMatters(convener, "FLYTTRUTIN", PageRequest.MAX_SIZE))
			.extracting(MatterView.Listed::id)
			.containsExactlyInAnyOrder(underscore, plain);
		assertThat(this.matters.openMatters(convener, "flyttrutin", 1)).hasSize(1);

		SignedInStaff reporter = account("lss.kil");
		assertThat(this.matters.openMatters(reporter, "flyttrutin", PageRequest.MAX_SIZE)).isEmpty();
		assertThat(this.matters.linkable(reporter, plain)).isEmpty();
		assertThat(this.matters.linkable(convener, plain)).map(MatterView.Listed::title)
			.contains("Flyttrutin för LSS mellan enheter");
	}

	@Test
	@DisplayName("R11 a matter chosen beyond the 200 stays chosen when the form is shown again, after an error or a search")
	void chosenMatterStaysAnOption() throws Exception {
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		UUID wanted = matter("Skolskjuts i gråzonen", "REPORTED", now.minusDays(30));
		for (int i = 0; i <= PageRequest.MAX_SIZE; i++) {
			matter("Nyare ärende " + i, "REPORTED", now.minusMinutes(i));
		}
		String path = "/meetings/" + plannedMeeting();

		Document rejected = Jsoup.parse(
				this.mvc
					.perform(post(path + "/agenda-items").param("title", " ")
						.param("matterId", wanted.toString())
						.with(csrf())
						.with(as(CONVENER)))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsString());
		assertThat(rejected.select("#add-item .field-error, #add-item [role=alert]").text()).isNotEmpty();
		assertThat(rejected.select("select#matterId option[selected]").eachAttr("value"))
			.containsExactly(wanted.toString());

		// htmx sends the chosen matter with a search; the field comes back with it
		// chosen.
		Document searched = page(get(path).param("matterQuery", "nyare ärende 1").param("matterId", wanted.toString()));
		assertThat(searched.select("select#matterId option[selected]").eachAttr("value"))
			.containsExactly(wanted.toString());
		assertThat(searched.select("#matterId-search").attr("hx-include")).isEqualTo("#matterId");
	}

	private String plannedMeeting() {
		return this.jdbc.sql("select id from meeting where status = 'PLANNED' order by starts_at limit 1")
			.query(String.class)
			.single();
	}

	private Document page(String path) throws Exception {
		return page(get(path));
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup.parse(this.mvc.perform(request.with(as(CONVENER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private SignedInStaff account(String username) {
		return this.directory.account(username).orElseThrow();
	}

	private RequestPostProcessor as(String username) {
		return user(account(username));
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

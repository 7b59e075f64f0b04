package se.samverkan.organisation.web;

import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.organisation.Directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The administrators' list of principals is paged as the unit list is (issue 7): it
 * listed every principal of the country at once, 311 at national scale. The test's
 * principals are rolled back with its transaction.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class PrincipalListPagingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Directory directory;

	@Autowired
	JdbcClient jdbc;

	@Test
	void the_principal_list_shows_a_page_and_its_pager_reaches_the_rest() throws Exception {
		for (int i = 0; i < 60; i++) {
			this.jdbc.sql("""
					insert into principal (id, name, kind, active, version)
					values (:id, :name, 'MUNICIPALITY', true, 1)
					""").param("id", UUID.randomUUID()).param("name", "Sidhuvudman %03d".formatted(i)).update();
		}
		int total = this.directory.principals(null).size();

		Document first = page(0);
		assertThat(first.select("tbody tr")).hasSize(UnitAdminController.PAGE_SIZE);
		assertThat(first.select("nav.pager a[href='/admin/principals?page=1']")).hasSize(1);
		Document last = page((total - 1) / UnitAdminController.PAGE_SIZE);
		assertThat(last.select("tbody tr")).hasSize((total - 1) % UnitAdminController.PAGE_SIZE + 1);
		assertThat(last.select("nav.pager a[href*='page=']").text()).doesNotContain("Nästa");
	}

	private Document page(int page) throws Exception {
		return Jsoup.parse(this.mvc
			.perform(get("/admin/principals").param("page", String.valueOf(page))
				.with(user(this.directory.account("admin").orElseThrow())))
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

}

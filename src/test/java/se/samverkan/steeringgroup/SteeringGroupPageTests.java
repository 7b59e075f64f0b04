package se.samverkan.steeringgroup;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import se.samverkan.organisation.Directory;
import se.samverkan.organisation.Directory.UnitView;
import se.samverkan.organisation.OrganisationManagement;
import se.samverkan.organisation.SignedInStaff;
import se.samverkan.organisation.StaffFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The steering group's page: what everyone sees, and the form conveners use. */
@SpringBootTest
@AutoConfigureMockMvc
class SteeringGroupPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Directory directory;

	@Autowired
	OrganisationManagement management;

	@Autowired
	SteeringGroup steeringGroup;

	private SignedInStaff account(String username) {
		return this.directory.account(username).orElseThrow();
	}

	private Document page(SignedInStaff me) throws Exception {
		String html = this.mvc.perform(get("/steering-group").with(user(me)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Jsoup.parse(html);
	}

	@Test
	@DisplayName("R7 the page shows members, what they represent, conveners and the unrepresented municipalities")
	void r7PageShowsTheGroup() throws Exception {
		Document page = page(account("lss.karlstad"));
		assertThat(page.select("h1").text()).isEqualTo("Styrgrupp");
		assertThat(page.select("#members tbody tr th").eachText()).contains(account("mar.karlstad").displayName(),
				account("chef.buh").displayName());
		assertThat(page.select("#members").text()).contains("LSS-verksamheten Karlstad", "MAR", "Verksamhetschef");
		assertThat(page.select("#conveners li").text()).contains(account("buh.samordnare").displayName(),
				account("vh.samordnare").displayName());
		assertThat(page.select("#unrepresented li").eachText()).contains("Årjängs kommun")
			.doesNotContain("Karlstads kommun");
		assertThat(page.select("#add-member")).as("no form for staff who may not change the group").isEmpty();
		assertThat(page.select("#members button")).isEmpty();
	}

	@Test
	@DisplayName("R8 a convener's form refuses a municipality's representative without MAR next to the field")
	void r8FormRefusesRepresentativeWithoutMar() throws Exception {
		SignedInStaff convener = account("vh.samordnare");
		assertThat(page(convener).select("#add-member")).isNotEmpty();
		UnitView grums = SteeringGroupFixture.lssUnit(this.directory, "Grums");
		String html = this.mvc
			.perform(post("/steering-group/members").with(user(convener))
				.with(csrf())
				.param("staffId", account("chef.grums").staffId().toString())
				.param("representsUnitId", grums.id().toString()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document page = Jsoup.parse(html);
		assertThat(page.select("#staffId-error").text())
			.isEqualTo("Den som företräder en kommun måste ha MAR-funktionen");
		assertThat(page.select(".error[role=alert]")).isNotEmpty();
	}

	@Test
	@DisplayName("R8 a convener adds and removes a member with the nomination date on the page")
	void r8ConvenerAddsAndRemovesOnThePage() throws Exception {
		SignedInStaff convener = account("buh.samordnare");
		UnitView kil = SteeringGroupFixture.lssUnit(this.directory, "Kil");
		SignedInStaff mar = SteeringGroupFixture.newStaff(this.directory, this.management, kil.id(), StaffFunction.MAR);
		this.mvc
			.perform(post("/steering-group/members").with(user(convener))
				.with(csrf())
				.param("staffId", mar.staffId().toString())
				.param("representsUnitId", kil.id().toString())
				.param("nominatedOn", "2026-02-03"))
			.andExpect(redirectedUrl("/steering-group"))
			.andExpect(flash().attribute("flash", "steeringgroup.added"));
		assertThat(page(convener).select("#members").text()).contains(mar.displayName(), "Nominerad 2026-02-03");
		this.mvc.perform(post("/steering-group/members/{id}/removal", mar.staffId()).with(user(convener)).with(csrf()))
			.andExpect(redirectedUrl("/steering-group"));
		assertThat(this.steeringGroup.isMember(mar.staffId())).isFalse();
	}

	@Test
	void others_may_not_post_the_form() throws Exception {
		UnitView kil = SteeringGroupFixture.lssUnit(this.directory, "Kil");
		this.mvc
			.perform(post("/steering-group/members").with(user(account("mar.karlstad")))
				.with(csrf())
				.param("staffId", account("mar.kil").staffId().toString())
				.param("representsUnitId", kil.id().toString()))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/steering-group/members/{id}/removal", account("mar.karlstad").staffId())
				.with(user(account("lss.kil")))
				.with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(this.steeringGroup.isMember(account("mar.kil").staffId())).isFalse();
	}

}

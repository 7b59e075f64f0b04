package se.samverkan.steeringgroup;

import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import se.samverkan.organisation.Directory;
import se.samverkan.organisation.Directory.UnitView;
import se.samverkan.organisation.OrganisationManagement;
import se.samverkan.organisation.SignedInStaff;
import se.samverkan.organisation.StaffFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The steering group over the API (R7, R8): reading it, and who may change it. */
@SpringBootTest
@AutoConfigureMockMvc
class SteeringGroupApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Directory directory;

	@Autowired
	OrganisationManagement management;

	@Autowired
	SteeringGroup steeringGroup;

	private UUID staffId(String username) {
		return this.directory.account(username).orElseThrow().staffId();
	}

	private String body(UUID staffId, UUID unitId) {
		return "{\"staffId\":\"%s\",\"representsUnitId\":\"%s\",\"nominatedOn\":\"2026-03-12\"}".formatted(staffId,
				unitId);
	}

	@Test
	@DisplayName("R7 everyone signed in sees the members, what they represent, their functions and the conveners' units")
	void r7EveryoneSeesTheSteeringGroup() throws Exception {
		this.mvc.perform(get("/api/v1/steering-group")).andExpect(status().isUnauthorized());
		UUID buh = this.directory.account("chef.buh").orElseThrow().unit().id();
		UUID vh = this.directory.account("chef.vh").orElseThrow().unit().id();
		this.mvc.perform(get("/api/v1/steering-group").with(httpBasic("lss.karlstad", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.members[*].staffId").value(hasItems(staffId("mar.karlstad").toString(),
					staffId("mar.arvika").toString(), staffId("chef.buh").toString(), staffId("chef.vh").toString())))
			.andExpect(jsonPath("$.members[?(@.staffId=='%s')].representsUnitId".formatted(staffId("mar.karlstad")))
				.value(hasItem(this.directory.account("mar.karlstad").orElseThrow().unit().id().toString())))
			.andExpect(jsonPath("$.members[?(@.staffId=='%s')].functions[*]".formatted(staffId("chef.buh")))
				.value(containsInAnyOrder("HEAD_OF_OPERATIONS", "MANAGER")))
			.andExpect(jsonPath("$.members[0].displayName").isNotEmpty())
			.andExpect(jsonPath("$.convenerUnitIds").value(containsInAnyOrder(buh.toString(), vh.toString())))
			.andExpect(jsonPath("$.conveners[*].staffId")
				.value(containsInAnyOrder(staffId("buh.samordnare").toString(), staffId("vh.samordnare").toString())))
			.andExpect(jsonPath("$.composition.unrepresented[*].name").value(hasItem("Årjängs kommun")))
			.andExpect(jsonPath("$.composition.unrepresented[*].name").value(not(hasItem("Karlstads kommun"))));
	}

	@Test
	@DisplayName("R7 the demo conveners and members are told apart")
	void r7ConvenersAndMembers() {
		assertThat(this.steeringGroup.isMember(staffId("mar.karlstad"))).isTrue();
		assertThat(this.steeringGroup.isMember(staffId("buh.samordnare"))).isFalse();
		assertThat(this.steeringGroup.isConvenerOrMember(staffId("buh.samordnare"))).isTrue();
		assertThat(this.steeringGroup.isConvenerOrMember(staffId("vh.samordnare"))).isTrue();
		assertThat(this.steeringGroup.isConvenerOrMember(staffId("chef.vh"))).isTrue();
		assertThat(this.steeringGroup.isConvenerOrMember(staffId("lss.karlstad"))).isFalse();
		assertThat(this.steeringGroup.isConvenerOrMember(null)).isFalse();
	}

	@Test
	@DisplayName("R7 a convener is an active staff member who holds the function in an active BUH or VH unit")
	void r7OnlyActiveConvenersOfHabilitationConvene() {
		UUID buh = this.directory.account("buh.samordnare").orElseThrow().unit().id();
		SignedInStaff inLss = SteeringGroupFixture.newStaff(this.directory, this.management,
				SteeringGroupFixture.lssUnit(this.directory, "Sunne").id(), StaffFunction.CONVENER);
		SignedInStaff leaving = SteeringGroupFixture.newStaff(this.directory, this.management, buh,
				StaffFunction.CONVENER);

		assertThat(this.steeringGroup.isConvener(staffId("buh.samordnare"))).isTrue();
		assertThat(this.steeringGroup.isConvener(leaving.staffId())).isTrue();
		this.management.deactivate(leaving.staffId(),
				this.directory.staffMember(leaving.staffId()).orElseThrow().version());
		assertThat(this.steeringGroup.isConvener(leaving.staffId())).isFalse();
		assertThat(this.steeringGroup.isConvener(inLss.staffId())).isFalse();
		assertThat(this.steeringGroup.isConvener(staffId("chef.buh"))).isFalse();
		assertThat(this.steeringGroup.isConvener(UUID.randomUUID())).isFalse();
	}

	@Test
	@DisplayName("R8 a convener adds a MAR for a municipality with the nomination; the municipality is then represented")
	void r8ConvenerAddsMarRepresentative() throws Exception {
		UnitView sunne = SteeringGroupFixture.lssUnit(this.directory, "Sunne");
		SignedInStaff mar = SteeringGroupFixture.newStaff(this.directory, this.management, sunne.id(),
				StaffFunction.MAR);
		this.mvc
			.perform(post("/api/v1/steering-group/members").with(httpBasic("buh.samordnare", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body(mar.staffId(), sunne.id())))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", endsWith("/api/v1/steering-group/members/" + mar.staffId())))
			.andExpect(jsonPath("$.staffId").value(mar.staffId().toString()))
			.andExpect(jsonPath("$.representsUnitId").value(sunne.id().toString()))
			.andExpect(jsonPath("$.functions").value(containsInAnyOrder("MAR")))
			.andExpect(jsonPath("$.nominatedOn").value("2026-03-12"));
		assertThat(this.steeringGroup.isMember(mar.staffId())).isTrue();
		assertThat(this.steeringGroup.composition().unrepresented()).extracting(SteeringGroup.Party::name)
			.doesNotContain("Sunne kommun");
		this.mvc
			.perform(post("/api/v1/steering-group/members").with(httpBasic("vh.samordnare", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body(mar.staffId(), sunne.id())))
			.andExpect(status().isConflict());

		this.mvc
			.perform(delete("/api/v1/steering-group/members/{id}", mar.staffId())
				.with(httpBasic("mar.karlstad", "demo")))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("forbidden"));
		this.mvc
			.perform(delete("/api/v1/steering-group/members/{id}", mar.staffId())
				.with(httpBasic("vh.samordnare", "demo"))
				.header("If-Match", "\"99\""))
			.andExpect(status().isPreconditionFailed())
			.andExpect(jsonPath("$.code").value("stale-version"));
		this.mvc
			.perform(delete("/api/v1/steering-group/members/{id}", mar.staffId())
				.with(httpBasic("vh.samordnare", "demo")))
			.andExpect(status().isNoContent());
		assertThat(this.steeringGroup.isMember(mar.staffId())).isFalse();
		assertThat(this.steeringGroup.composition().unrepresented()).extracting(SteeringGroup.Party::name)
			.contains("Sunne kommun");
	}

	@Test
	@DisplayName("R8 a municipality's representative without the MAR function is refused with 422 mar-function-required")
	void r8RepresentativeWithoutMarIsRefused() throws Exception {
		UnitView torsby = SteeringGroupFixture.lssUnit(this.directory, "Torsby");
		this.mvc
			.perform(post("/api/v1/steering-group/members").with(httpBasic("admin", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body(staffId("chef.torsby"), torsby.id())))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("mar-function-required"));
		assertThat(this.steeringGroup.isMember(staffId("chef.torsby"))).isFalse();
	}

	@Test
	@DisplayName("R7 an administrator adds a region manager for VH without MAR")
	void r7AdministratorAddsRegionRepresentative() throws Exception {
		UUID vh = this.directory.account("vh.personal").orElseThrow().unit().id();
		SignedInStaff manager = SteeringGroupFixture.newStaff(this.directory, this.management, vh,
				StaffFunction.OPERATIONS_DEVELOPER);
		this.mvc
			.perform(post("/api/v1/steering-group/members").with(httpBasic("admin", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"staffId\":\"%s\",\"representsUnitId\":\"%s\"}".formatted(manager.staffId(), vh)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.nominatedOn").doesNotExist());
		this.mvc
			.perform(get("/api/v1/steering-group/members/{id}", manager.staffId()).with(httpBasic("lss.eda", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.functions").value(containsInAnyOrder("OPERATIONS_DEVELOPER")));
	}

	@Test
	@DisplayName("R7 only conveners and administrators add members: anyone else gets 403")
	void r7OthersMayNotAddMembers() throws Exception {
		UnitView hagfors = SteeringGroupFixture.lssUnit(this.directory, "Hagfors");
		for (String username : new String[] { "mar.karlstad", "chef.buh", "lss.hagfors", "buh.personal" }) {
			this.mvc
				.perform(post("/api/v1/steering-group/members").with(httpBasic(username, "demo"))
					.contentType(MediaType.APPLICATION_JSON)
					.content(body(staffId("mar.hagfors"), hagfors.id())))
				.andExpect(status().isForbidden())
				.andExpect(jsonPath("$.code").value("forbidden"));
		}
		this.mvc
			.perform(post("/api/v1/steering-group/members").contentType(MediaType.APPLICATION_JSON)
				.content(body(staffId("mar.hagfors"), hagfors.id())))
			.andExpect(status().isUnauthorized());
		assertThat(this.steeringGroup.isMember(staffId("mar.hagfors"))).isFalse();
	}

	@Test
	void bad_input_is_400_and_an_unknown_member_404() throws Exception {
		this.mvc
			.perform(post("/api/v1/steering-group/members").with(httpBasic("buh.samordnare", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("validation-failed"));
		this.mvc
			.perform(post("/api/v1/steering-group/members").with(httpBasic("buh.samordnare", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body(UUID.randomUUID(), UUID.randomUUID())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("validation-failed"));
		UUID office = this.directory.account("admin").orElseThrow().unit().id();
		this.mvc
			.perform(post("/api/v1/steering-group/members").with(httpBasic("buh.samordnare", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body(staffId("lss.kil"), office)))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(delete("/api/v1/steering-group/members/{id}", UUID.randomUUID())
				.with(httpBasic("buh.samordnare", "demo")))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("not-found"));
	}

}

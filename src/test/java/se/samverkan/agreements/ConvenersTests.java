package se.samverkan.agreements;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.notification.Notice;
import se.samverkan.organisation.Directory;
import se.samverkan.organisation.Directory.StaffView;
import se.samverkan.organisation.OrganisationManagement;
import se.samverkan.organisation.SignedInStaff;
import se.samverkan.organisation.StaffFunction;
import se.samverkan.steeringgroup.SteeringGroupFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The conveners are BUH's and VH's (R16): the CONVENER function held in another unit
 * makes no convener, for the steering group, the agreement's follow-ups and the yearly
 * reminders alike ({@link Directory#conveners()}, {@link SignedInStaff#isConvener()}).
 * The test's staff (opened as the steering group's tests open theirs) and reminders are
 * rolled back with its transaction.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
@RecordApplicationEvents
class ConvenersTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Directory directory;

	@Autowired
	OrganisationManagement management;

	@Autowired
	YearlyReminders reminders;

	@Autowired
	ApplicationEvents events;

	@Test
	@DisplayName("R16 R23 the convener function in an LSS unit makes no convener: not reminded, may not follow up the agreement; BUH's and VH's conveners are and may")
	void onlyBuhAndVhConvene() throws Exception {
		UUID buh = staffId("buh.samordnare");
		UUID vh = staffId("vh.samordnare");
		SignedInStaff inLss = SteeringGroupFixture.newStaff(this.directory, this.management,
				this.directory.account("lss.karlstad").orElseThrow().unit().id(), StaffFunction.CONVENER);
		UUID former = SteeringGroupFixture
			.newStaff(this.directory, this.management,
					this.directory.account("buh.samordnare").orElseThrow().unit().id(), StaffFunction.CONVENER)
			.staffId();
		this.management.deactivate(former, this.directory.staffMember(former).orElseThrow().version());

		assertThat(this.directory.conveners()).extracting(StaffView::id)
			.contains(buh, vh)
			.doesNotContain(inLss.staffId(), former);

		assertThat(this.reminders.sendDue(LocalDate.of(2097, 11, 2))).contains("activity-plan-2098");
		List<Notice> notices = this.events.stream(Notice.class)
			.filter((notice) -> notice.messageKey().startsWith("agreements.reminder."))
			.toList();
		assertThat(notices).hasSize(3)
			.allSatisfy((notice) -> assertThat(notice.recipientStaffIds()).contains(buh, vh)
				.doesNotContain(inLss.staffId(), former));

		String current = this.mvc
			.perform(get("/api/v1/agreements/current").with(user(this.directory.account("lss.karlstad").orElseThrow())))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = JsonPath.read(current, "$.id");
		followUp(id, inLss).andExpect(status().isForbidden());
		followUp(id, this.directory.account("vh.samordnare").orElseThrow()).andExpect(status().isOk());
	}

	private ResultActions followUp(String agreementId, SignedInStaff as) throws Exception {
		return this.mvc.perform(post("/api/v1/agreements/{id}/follow-ups", agreementId).with(user(as))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\":\"Uppföljning av samverkan.\"}"));
	}

	private UUID staffId(String username) {
		return this.directory.account(username).orElseThrow().staffId();
	}

}

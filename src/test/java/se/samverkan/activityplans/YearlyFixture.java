package se.samverkan.activityplans;

import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import se.samverkan.organisation.Directory;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Plans and activities made through the API by the demo accounts, for tests. */
public final class YearlyFixture {

	/** The 16 municipalities' slugs: {@code chef.<slug>} heads each LSS unit. */
	public static final List<String> MUNICIPALITIES = List.of("arvika", "eda", "filipstad", "forshaga", "grums",
			"hagfors", "hammaro", "karlstad", "kil", "kristinehamn", "munkfors", "storfors", "sunne", "saffle",
			"torsby", "arjang");

	/** The heads of operations of the 18 parties. */
	public static final List<String> HEADS = java.util.stream.Stream
		.concat(MUNICIPALITIES.stream().map((slug) -> "chef." + slug),
				java.util.stream.Stream.of("chef.buh", "chef.vh"))
		.toList();

	private final MockMvc mvc;

	private final Directory directory;

	public YearlyFixture(MockMvc mvc, Directory directory) {
		this.mvc = mvc;
		this.directory = directory;
	}

	public UUID staffId(String username) {
		return this.directory.account(username).orElseThrow().staffId();
	}

	public UUID unitOf(String username) {
		return this.directory.account(username).orElseThrow().unit().id();
	}

	/** Signed in as a demo account, without hashing its password on every request. */
	public RequestPostProcessor as(String username) {
		return user(this.directory.account(username).orElseThrow());
	}

	public MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String username, String body) {
		return request.with(as(username)).contentType(MediaType.APPLICATION_JSON).content(body);
	}

	/** A draft plan for the year, by a steering-group member. */
	public String plan(int year) throws Exception {
		return id(this.mvc.perform(json(post("/api/v1/activity-plans"), "mar.karlstad", "{\"year\":" + year + "}"))
			.andExpect(status().isCreated())
			.andReturn());
	}

	/** An activity in the plan, with mar.karlstad responsible. */
	public String activity(String planId, String title) throws Exception {
		return id(this.mvc
			.perform(json(post("/api/v1/activity-plans/{id}/activities", planId), "mar.karlstad",
					"""
							{"title":"%s","goal":"Tydligare ansvarsfördelning","matterIds":[],"responsibleStaffId":"%s","dueOn":"2030-06-30",
							 "contributions":[{"unitId":"%s","resources":"10 timmar verksamhetsutvecklare"}]}
							"""
						.formatted(title, staffId("mar.karlstad"), unitOf("chef.buh"))))
			.andExpect(status().isCreated())
			.andReturn());
	}

	/** A plan with one activity, approved by every party's head of operations. */
	public String approvedPlan(int year, String activityTitle) throws Exception {
		String plan = plan(year);
		String activity = activity(plan, activityTitle);
		this.mvc.perform(post("/api/v1/activity-plans/{id}/submission", plan).with(as("mar.karlstad")))
			.andExpect(status().isOk());
		for (String head : HEADS) {
			this.mvc.perform(post("/api/v1/activity-plans/{id}/approvals", plan).with(as(head)))
				.andExpect(status().isOk());
		}
		return plan + "/" + activity;
	}

	/** A matter reported by LSS staff and prioritised by a convener (R9, R11). */
	public UUID prioritisedMatter(String title) throws Exception {
		String matter = id(
				this.mvc
					.perform(json(post("/api/v1/matters"), "lss.karlstad",
							"""
									{"title":"%s","description":"Oklart vem som ansvarar.","category":"GREY_ZONE","source":"STAFF"}
									"""
								.formatted(title)))
					.andExpect(status().isCreated())
					.andReturn());
		for (String to : List.of("UNDER_ANALYSIS", "PRIORITISED")) {
			this.mvc
				.perform(json(post("/api/v1/matters/{id}/transitions", matter), "buh.samordnare",
						"{\"to\":\"" + to + "\",\"comment\":\"Styrgruppen prioriterar.\"}"))
				.andExpect(status().isOk());
		}
		return UUID.fromString(matter);
	}

	public static String id(MvcResult result) throws Exception {
		return JsonPath.read(result.getResponse().getContentAsString(), "$.id");
	}

}

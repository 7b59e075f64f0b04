package se.samverkan.audit;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import se.samverkan.organisation.OrganisationManagement;
import se.samverkan.organisation.Principal;
import se.samverkan.organisation.PrincipalChanged;
import se.samverkan.organisation.PrincipalKind;
import se.samverkan.shared.Page;
import se.samverkan.shared.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every write is recorded in the audit trail in its own transaction, and only
 * administrators read it.
 */
@SpringBootTest
@AutoConfigureMockMvc
@EnableScenarios
class AuditTrailTests {

	@Autowired
	OrganisationManagement management;

	@Autowired
	AuditTrail trail;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EventSerializer serializer;

	@Autowired
	OutstandingAuditPublications earlier;

	@Test
	@WithMockUser(username = "admin", roles = { "USER", "ADMIN" })
	void every_write_is_recorded_with_who_what_and_the_versions_before_and_after(Scenario scenario) {
		String name = "Granskningskommun " + UUID.randomUUID();
		AtomicReference<Principal> registered = new AtomicReference<>();

		scenario.stimulate(() -> registered.set(this.management.registerPrincipal(name, PrincipalKind.MUNICIPALITY)))
			.andWaitForStateChange(() -> entriesOf(registered.get().id()), (page) -> page.total() == 1)
			.andVerify((page) -> {
				AuditEntry entry = page.items().get(0);
				assertThat(entry.actor()).isEqualTo("admin");
				assertThat(entry.action()).isEqualTo("PrincipalChanged");
				assertThat(entry.aggregateType()).isEqualTo("Principal");
				assertThat(entry.aggregateId()).isEqualTo(registered.get().id());
				assertThat(entry.versionBefore()).isNull();
				assertThat(entry.versionAfter()).isEqualTo(registered.get().version());
				assertThat(entry.summary()).isEqualTo("registered " + name);
				assertThat(entry.occurredAt()).isNotNull();
			});

		Principal principal = registered.get();
		scenario
			.stimulate(() -> this.management.changePrincipal(principal.id(), principal.version(), name + " (ändrad)",
					PrincipalKind.MUNICIPALITY, true))
			.andWaitForStateChange(() -> entriesOf(principal.id()), (page) -> page.total() == 2)
			.andVerify((page) -> {
				AuditEntry newest = page.items().get(0);
				assertThat(newest.versionBefore()).isEqualTo(principal.version());
				assertThat(newest.versionAfter()).isEqualTo(principal.version() + 1);
				assertThat(newest.summary()).startsWith("changed ");
				assertThat(page.items().get(1).versionBefore()).isNull();
				assertThat(newest.occurredAt()).isAfterOrEqualTo(page.items().get(1).occurredAt());
			});

		assertThat(this.trail.entries(AuditQuery.byActor("admin"), new PageRequest(0, 200)).items())
			.extracting(AuditEntry::aggregateId)
			.contains(principal.id());
		assertThat(this.trail.actions()).contains("PrincipalChanged");
		assertThat(this.trail.aggregateTypes()).contains("Principal");
	}

	@Test
	void the_audit_api_needs_credentials() throws Exception {
		this.mvc.perform(get("/api/v1/admin/audit"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.code").value("unauthorized"));
	}

	@Test
	void the_audit_api_is_for_administrators_only() throws Exception {
		this.mvc.perform(get("/api/v1/admin/audit").with(httpBasic("lss.karlstad", "demo")))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("forbidden"));
	}

	@Test
	@WithMockUser(username = "admin", roles = { "USER", "ADMIN" })
	void administrators_read_the_trail_paged_and_filtered_by_actor_and_aggregate(Scenario scenario) throws Exception {
		AtomicReference<Principal> registered = new AtomicReference<>();
		scenario
			.stimulate(() -> registered
				.set(this.management.registerPrincipal("Api-kommun " + UUID.randomUUID(), PrincipalKind.MUNICIPALITY)))
			.andWaitForStateChange(() -> entriesOf(registered.get().id()), (page) -> page.total() == 1);
		UUID id = registered.get().id();

		this.mvc
			.perform(get("/api/v1/admin/audit").param("actor", "admin")
				.param("aggregateId", id.toString())
				.param("page", "0")
				.param("size", "10")
				.with(httpBasic("admin", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page").value(0))
			.andExpect(jsonPath("$.size").value(10))
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].aggregateId").value(id.toString()))
			.andExpect(jsonPath("$.items[0].actor").value("admin"))
			.andExpect(jsonPath("$.items[0].action").value("PrincipalChanged"))
			.andExpect(jsonPath("$.items[0].aggregateType").value("Principal"))
			.andExpect(jsonPath("$.items[0].versionAfter").value(registered.get().version()))
			.andExpect(jsonPath("$.items[0].occurredAt").value(matchesPattern(".*T.*[+-]\\d\\d:\\d\\d$")));

		this.mvc.perform(get("/api/v1/admin/audit").param("actor", "nobody").with(httpBasic("admin", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(0));
		this.mvc.perform(get("/api/v1/admin/audit").param("size", "1").with(httpBasic("admin", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items.length()").value(1))
			.andExpect(jsonPath("$.total").value(greaterThanOrEqualTo(1)));
		this.mvc.perform(get("/api/v1/admin/audit").param("size", "201").with(httpBasic("admin", "demo")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("validation-failed"));
		this.mvc.perform(get("/api/v1/admin/audit").param("aggregateId", "not-a-uuid").with(httpBasic("admin", "demo")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("validation-failed"));

		this.mvc
			.perform(get("/admin/audit").param("actor", "admin")
				.param("aggregateType", "Principal")
				.with(user(this.accounts.loadUserByUsername("admin"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<th scope=\"col\">Användare</th>")))
			.andExpect(content().string(containsString(id.toString())))
			.andExpect(content().string(containsString("<label for=\"actor\">")));
	}

	@Test
	void the_audit_page_is_for_administrators_only() throws Exception {
		this.mvc.perform(get("/admin/audit").with(user(this.accounts.loadUserByUsername("lss.karlstad"))))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(get("/admin/audit").header("Accept-Language", "en")
				.with(user(this.accounts.loadUserByUsername("admin"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Audit trail")));
	}

	@Test
	@WithMockUser(username = "admin", roles = { "USER", "ADMIN" })
	void a_change_and_its_entry_commit_or_roll_back_together() {
		AtomicReference<Principal> registered = new AtomicReference<>();

		new TransactionTemplate(this.transactions).executeWithoutResult((status) -> {
			registered.set(this.management.registerPrincipal("Ångrad kommun " + UUID.randomUUID(),
					PrincipalKind.MUNICIPALITY));
			assertThat(entriesOf(registered.get().id()).total()).isEqualTo(1);
			status.setRollbackOnly();
		});

		assertThat(entriesOf(registered.get().id()).total()).isZero();
	}

	@Test
	void what_the_registry_still_held_for_the_earlier_recorder_is_recorded_once() {
		UUID principalId = UUID.randomUUID();
		UUID held = outstanding(
				this.serializer.serialize(new PrincipalChanged("admin", principalId, 2, 3, "changed Äldre kommun")),
				PrincipalChanged.class.getName());
		UUID unreadable = outstanding("{}", "se.samverkan.organisation.NoLongerAnEvent");
		try {
			this.earlier.record();
			this.earlier.record();

			Page<AuditEntry> entries = entriesOf(principalId);
			assertThat(entries.total()).isEqualTo(1);
			assertThat(entries.items().get(0)).satisfies((entry) -> {
				assertThat(entry.actor()).isEqualTo("admin");
				assertThat(entry.action()).isEqualTo("PrincipalChanged");
				assertThat(entry.aggregateType()).isEqualTo("Principal");
				assertThat(entry.versionBefore()).isEqualTo(2);
				assertThat(entry.versionAfter()).isEqualTo(3);
				assertThat(entry.summary()).isEqualTo("changed Äldre kommun");
			});
			assertThat(completed(held)).isTrue();
			assertThat(completed(unreadable)).isFalse();
		}
		finally {
			this.jdbc.sql("delete from event_publication where id in (:ids)")
				.param("ids", List.of(held, unreadable))
				.update();
		}
	}

	private UUID outstanding(Object serializedEvent, String eventType) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into event_publication (id, listener_id, event_type, serialized_event, publication_date,
				                               status, completion_attempts)
				values (:id, :listener, :type, :event, :at, 'FAILED', 1)
				""")
			.param("id", id)
			.param("listener", OutstandingAuditPublications.EARLIER_LISTENER)
			.param("type", eventType)
			.param("event", serializedEvent.toString())
			.param("at", OffsetDateTime.now(ZoneOffset.UTC))
			.update();
		return id;
	}

	private boolean completed(UUID publication) {
		return this.jdbc.sql("select completion_date is not null from event_publication where id = :id")
			.param("id", publication)
			.query(Boolean.class)
			.single();
	}

	private Page<AuditEntry> entriesOf(UUID aggregateId) {
		return this.trail.entries(AuditQuery.forAggregate(aggregateId), new PageRequest(0, 10));
	}

}

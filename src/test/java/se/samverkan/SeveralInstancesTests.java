package se.samverkan;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;

import se.samverkan.notification.Notice;
import se.samverkan.testing.PostgresTestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 7, several instances: two whole Samverkan applications, each on its own port, on
 * ONE database, as behind a load balancer. Under {@code ./mvnw verify} they share an H2
 * database in this JVM; under {@code ./mvnw verify -Ppostgres} the first gets a fresh
 * PostgreSQL database ({@link PostgresTestDatabase}, failing when the server is missing)
 * and the second joins it. Real HTTP, a session cookie carried by hand from one instance
 * to the other, and the scheduler's own task triggered on both at once.
 */
class SeveralInstancesTests {

	private static final String OVERDUE_NOTICE = "notice.referral.overdue";

	private static Instance a;

	private static Instance b;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();

	@BeforeAll
	static void startTwoInstancesOnOneDatabase() {
		a = new Instance(new SpringApplicationBuilder(SamverkanApplication.class).run("--server.port=0",
				"--spring.datasource.url=jdbc:h2:mem:instances-" + UUID.randomUUID()
						+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"));
		var database = a.context.getEnvironment();
		b = new Instance(new SpringApplicationBuilder(SamverkanApplication.class).run("--server.port=0",
				"--" + PostgresTestDatabase.SHARED + "=true",
				"--spring.datasource.url=" + database.getProperty("spring.datasource.url"),
				"--spring.datasource.username=" + database.getProperty("spring.datasource.username"),
				"--spring.datasource.password=" + database.getProperty("spring.datasource.password", "")));
	}

	@AfterAll
	static void stop() {
		if (b != null) {
			b.context.close();
		}
		if (a != null) {
			a.context.close();
		}
	}

	@Test
	void a_session_begun_on_one_instance_is_signed_in_on_the_other_and_signing_out_there_ends_it_on_both()
			throws Exception {
		String session = signIn(a, "lss.karlstad", "demo");

		HttpResponse<String> onB = get(b, "/", session);
		assertThat(onB.statusCode()).isEqualTo(200);
		assertThat(onB.body()).contains("action=\"/logout\"");
		assertThat(get(a, "/", session).statusCode()).isEqualTo(200);
		assertThat(get(b, "/", null).headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/login"));

		HttpResponse<String> signedOut = post(b, "/logout", session, csrf(onB.body()));
		assertThat(signedOut.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/login?logout"));
		assertThat(get(a, "/", session).headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/login"));
		assertThat(get(b, "/", session).statusCode()).isEqualTo(302);
	}

	@Test
	void a_write_acknowledged_by_one_instance_is_read_by_the_other() throws Exception {
		String title = "Skrivet på A " + UUID.randomUUID();
		HttpResponse<String> written = this.http
			.send(api(a, "/api/v1/updates").header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"" + title + "\",\"body\":\"Syns på B\"}"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(written.statusCode()).isEqualTo(201);
		String path = URI.create(written.headers().firstValue("Location").orElseThrow()).getPath();

		HttpResponse<String> read = this.http.send(api(b, path).GET().build(), HttpResponse.BodyHandlers.ofString());

		assertThat(read.statusCode()).isEqualTo(200);
		assertThat(read.body()).contains(title);
	}

	@Test
	void R6_the_overdue_reminder_triggered_on_both_instances_at_once_reminds_once_and_the_lock_holds_on_both()
			throws Exception {
		AtomicInteger notices = new AtomicInteger();
		a.countNotices(notices);
		b.countNotices(notices);
		Runnable onA = a.scheduledTask("referrals.OverdueReminderJob.run");
		Runnable onB = b.scheduledTask("referrals.OverdueReminderJob.run");
		CyclicBarrier together = new CyclicBarrier(2);

		CompletableFuture
			.allOf(CompletableFuture.runAsync(() -> atOnce(together, onA)),
					CompletableFuture.runAsync(() -> atOnce(together, onB)))
			.get(2, TimeUnit.MINUTES);

		int reminded = b.jdbc.sql("select count(*) from referral where last_reminded_on is not null")
			.query(Integer.class)
			.single();
		assertThat(reminded).as("the demo data holds an overdue referral").isPositive();
		assertThat(notices).as("one reminder per overdue referral, from one instance").hasValue(reminded);
		assertThat(b.jdbc.sql("select count(*) from shedlock where name = 'referrals-overdue-reminder'")
			.query(Integer.class)
			.single()).isEqualTo(1);

		// The work is to do again, yet neither instance repeats it while the lock is held
		// (at least one minute, in the database): without the shared lock both would.
		b.jdbc.sql("update referral set last_reminded_on = null").update();
		onA.run();
		onB.run();

		assertThat(notices).hasValue(reminded);
		assertThat(a.jdbc.sql("select count(*) from referral where last_reminded_on is not null")
			.query(Integer.class)
			.single()).isZero();
	}

	private static void atOnce(CyclicBarrier together, Runnable task) {
		try {
			together.await(1, TimeUnit.MINUTES);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		task.run();
	}

	/**
	 * Signs in through the form (CSRF token of the login page); returns the new session
	 * id.
	 */
	private String signIn(Instance instance, String username, String password) throws Exception {
		HttpResponse<String> page = get(instance, "/login", null);
		String anonymous = sessionCookie(page);
		HttpResponse<String> signedIn = post(instance, "/login", anonymous, csrf(page.body()), "username", username,
				"password", password);
		assertThat(signedIn.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/"));
		String session = sessionCookie(signedIn);
		assertThat(session).as("a new session id at sign-in").isNotEqualTo(anonymous);
		return session;
	}

	private HttpResponse<String> get(Instance instance, String path, String session) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(instance.uri(path)).GET();
		if (session != null) {
			request.header("Cookie", session);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(Instance instance, String path, String session, String csrf, String... fields)
			throws Exception {
		List<String> form = new ArrayList<>();
		form.add("_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8));
		for (int i = 0; i < fields.length; i += 2) {
			form.add(fields[i] + "=" + URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
		}
		return this.http.send(HttpRequest.newBuilder(instance.uri(path))
			.header("Cookie", session)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(String.join("&", form)))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest.Builder api(Instance instance, String path) {
		return HttpRequest.newBuilder(instance.uri(path))
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString("lss.karlstad:demo".getBytes(StandardCharsets.UTF_8)))
			.header("Accept", "application/json");
	}

	private static String csrf(String html) {
		return Jsoup.parse(html).selectFirst("input[name=_csrf]").attr("value");
	}

	/** The {@code SESSION=...} pair the answer set. */
	private static String sessionCookie(HttpResponse<?> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((cookie) -> cookie.startsWith("SESSION="))
			.map((cookie) -> cookie.substring(0, cookie.indexOf(';')))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no session cookie in " + response.headers().map()));
	}

	/** One running application: its context, its port, its own connection pool. */
	private static final class Instance {

		final ConfigurableApplicationContext context;

		final JdbcClient jdbc;

		final int port;

		Instance(ConfigurableApplicationContext context) {
			this.context = context;
			this.jdbc = context.getBean(JdbcClient.class);
			this.port = context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
		}

		URI uri(String path) {
			return URI.create("http://localhost:" + this.port + path);
		}

		/** The task as the scheduler runs it: through the method's ShedLock proxy. */
		Runnable scheduledTask(String method) {
			return this.context.getBeansOfType(ScheduledTaskHolder.class)
				.values()
				.stream()
				.flatMap((holder) -> holder.getScheduledTasks().stream())
				.map(ScheduledTask::getTask)
				.filter((task) -> task.toString().endsWith(method))
				.findFirst()
				.orElseThrow(() -> new AssertionError("no scheduled task " + method))
				.getRunnable();
		}

		void countNotices(AtomicInteger count) {
			this.context.addApplicationListener((ApplicationListener<ApplicationEvent>) (event) -> {
				if (event instanceof PayloadApplicationEvent<?> payload && payload.getPayload() instanceof Notice notice
						&& OVERDUE_NOTICE.equals(notice.messageKey())) {
					count.incrementAndGet();
				}
			});
		}

	}

}

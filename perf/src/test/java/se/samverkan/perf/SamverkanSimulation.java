package se.samverkan.perf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.forAll;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.Cookie;
import static io.gatling.javaapi.http.HttpDsl.CookieKey;
import static io.gatling.javaapi.http.HttpDsl.addCookie;
import static io.gatling.javaapi.http.HttpDsl.flushCookieJar;
import static io.gatling.javaapi.http.HttpDsl.getCookieValue;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * The pages and API calls staff use most, at a fixed number of concurrent users, each
 * signed in once and then repeating the round for the duration; the trivial endpoint in
 * the same server is the HTTP stack's floor. Accounts come from the data generator's
 * {@code users.csv}, the plans to approve from its {@code plans.csv}.
 * <p>
 * Each virtual user signs in three staff members through the login form, once, and keeps
 * their session cookies: a municipal case worker (start page, person lookup and page,
 * matters, a contact, a referral written and sent to the region's habilitation unit), a
 * case worker of that unit (its referral inbox) and the head of operations of an
 * agreement party (approving a plan). Each approval is a write that party can make once
 * per plan: virtual user {@code row} approves the plans {@code row}, {@code row + users},
 * … of {@code plans.csv}, so no two users approve the same plan and none approves twice;
 * {@code perf/bench.sh} removes these plans' approvals before each run
 * ({@code perf/reset.sql}, which also removes the referrals earlier runs wrote and their notifications), so runs
 * can be repeated. The API lookup uses HTTP Basic, as integrators do; the application caches a verified credential for five minutes, so
 * only the first call hashes the password.
 * <p>
 * System properties: {@code baseUrl} (default http://localhost:18080), {@code users}
 * (16), {@code seconds} (30), {@code usersCsv} (target/users.csv), {@code plansCsv}
 * (the generator's plans file next to the users file), {@code thinkMillis} (0: no pause between requests),
 * {@code rampSeconds} (0: all users at once), {@code warmupSeconds} (0: every round is
 * measured).
 */
public class SamverkanSimulation extends Simulation {

	static final String BASE_URL = System.getProperty("baseUrl", "http://localhost:18080");

	static final int USERS = Integer.getInteger("users", 16);

	static final int SECONDS = Integer.getInteger("seconds", 30);

	static final String USERS_CSV = System.getProperty("usersCsv", "target/users.csv");

	/**
	 * A user's pause after each request of the round (reading the page); 0, the default,
	 * makes every virtual user a closed loop that always has a request in flight.
	 */
	static final Duration THINK = Duration.ofMillis(Long.getLong("thinkMillis", 0));

	/**
	 * Over how many seconds the users arrive, one after the other (as staff sign in over
	 * the morning); 0, the default, starts them all at once. Each user's round then runs
	 * for {@code seconds}.
	 */
	static final int RAMP_SECONDS = Integer.getInteger("rampSeconds", 0);

	/**
	 * How long each virtual user first runs its rounds in the group {@value #WARM_UP}, which
	 * {@code perf/summarise.py} leaves out: Gatling's own JVM compiles its code during its
	 * first seconds on the same two cores, and at one user that alone doubled the p95. The
	 * warm-up approves no plan (each can be approved once per run).
	 */
	static final int WARMUP_SECONDS = Integer.getInteger("warmupSeconds", 0);

	static final String WARM_UP = "warm-up";

	static final List<String> PLANS = plans(
			System.getProperty("plansCsv", DataGenerator.plansNextTo(Path.of(USERS_CSV)).toString()));

	static final String SESSION_COOKIE = "SESSION";

	static final String OCCURRED_AT = LocalDateTime.now()
		.minusHours(1)
		.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));

	HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
		.acceptHeader("text/html,application/json")
		.acceptLanguageHeader("sv-SE")
		.disableFollowRedirect()
		.shareConnections();

	/** Signs the account in and keeps its session cookie under {@code cookie}. */
	static ChainBuilder signIn(String username, String cookie) {
		return exec(flushCookieJar())
			.exec(http("sign-in page").get("/login")
				.check(status().is(200), css("input[name=_csrf]", "value").saveAs("csrf")))
			.exec(http("sign-in").post("/login")
				.formParam("username", "#{" + username + "}")
				.formParam("password", DataGenerator.PASSWORD)
				.formParam("_csrf", "#{csrf}")
				.check(status().is(302), header("Location")
					.transform((location) -> !location.contains("/login") && !location.contains("second-factor"))
					.is(true)))
			.exec(getCookieValue(CookieKey(SESSION_COOKIE).saveAs(cookie)));
	}

	static ChainBuilder think() {
		return THINK.isZero() ? exec((session) -> session) : pause(THINK);
	}

	/** Acts as the staff member whose session cookie is kept under {@code cookie}. */
	static ChainBuilder as(String cookie) {
		return exec(flushCookieJar()).exec(addCookie(Cookie(SESSION_COOKIE, "#{" + cookie + "}")));
	}

	ChainBuilder caseWorker = as("caseWorkerSession")
		.exec(think()).exec(http("start page").get("/").check(status().is(200), css("input[name=_csrf]", "value").saveAs("csrf")))
		.exec(think()).exec(http("person lookup").get("/persons?number=#{personalIdentityNumber}")
			.check(status().is(200), substring("#{personId}")))
		.exec(think()).exec(http("person timeline").get("/persons/#{personId}").check(status().is(200)))
		.exec(think()).exec(http("matters list").get("/matters").check(status().is(200)))
		.exec(think()).exec(http("create contact").post("/persons/#{personId}/contacts")
			.formParam("occurredAt", OCCURRED_AT)
			.formParam("channel", "PHONE")
			.formParam("purpose", "PLAN_FOLLOW_UP")
			.formParam("participantStaffIds", "#{staffId}")
			.formParam("summary", "Uppföljning per telefon; nästa möte bokat.")
			.formParam("_csrf", "#{csrf}")
			.check(status().is(302)))
		// as the browser does: save the draft, land on it, send it from there
		.exec(think()).exec(http("create referral").post("/referrals")
			.formParam("personId", "#{referralPersonId}")
			.formParam("toUnitId", "#{referralUnitId}")
			.formParam("reason", "Svårigheter med kommunikation i vardagen.")
			// perf/reset.sql removes the referrals with this question before each run
			.formParam("question", "Bedömning av kommunikationsstöd.")
			.formParam("urgency", "NORMAL")
			.formParam("action", "save")
			.formParam("_csrf", "#{csrf}")
			.check(status().is(302),
					header("Location").transform((location) -> location.replaceFirst("^https?://[^/]+", ""))
						.saveAs("referral")))
		.exec(think()).exec(http("referral page").get("#{referral}")
			.check(status().is(200), css("form[action$='/send'] input[name=version]", "value").saveAs("referralVersion")))
		.exec(think()).exec(http("send referral").post("#{referral}/send")
			.formParam("version", "#{referralVersion}")
			.formParam("_csrf", "#{csrf}")
			.check(status().is(302)))
		.exec(think()).exec(http("referral sent").get("#{referral}")
			.check(status().is(200), css("form[action$='/send']").notExists(),
					css("form[action$='/withdrawal']").exists()));

	ChainBuilder habilitation = as("habilitationSession")
		.exec(think()).exec(http("referral inbox").get("/referrals").check(status().is(200)));

	ChainBuilder approver = exec((session) -> session.set("plan", nextPlan(session)))
		.doIf((session) -> session.getString("plan") != null)
		.then(as("approverSession").exec(think()).exec(http("activity plan").get("/activity-plans/#{plan}")
			.check(status().is(200), css("input[name=_csrf]", "value").saveAs("csrf"),
					css("form[action$='/approvals'] input[name=version]", "value").saveAs("planVersion")))
			.exec(think()).exec(http("approve plan").post("/activity-plans/#{plan}/approvals")
				.formParam("version", "#{planVersion}")
				.formParam("_csrf", "#{csrf}")
				.check(status().is(302))));

	ChainBuilder api = exec(flushCookieJar())
		.exec(think()).exec(http("api person lookup").get("/api/v1/persons?personalIdentityNumber=#{personalIdentityNumber}")
			.basicAuth("#{username}", DataGenerator.PASSWORD)
			.header("Accept", "application/json")
			.check(status().is(200), substring("#{personId}")))
		.exec(think()).exec(http("floor: trivial endpoint").get("/actuator/health/liveness").check(status().is(200)));

	ScenarioBuilder staff = scenario("staff").feed(csv(USERS_CSV).circular())
		.exec(signIn("username", "caseWorkerSession"))
		.exec(signIn("habUsername", "habilitationSession"))
		.exec(signIn("approverUsername", "approverSession"))
		.exitHereIfFailed()
		.exec((session) -> session.set("round", 0))
		.exec(group(WARM_UP).on(during(Duration.ofSeconds(WARMUP_SECONDS), false)
			.on(exec(this.caseWorker).exec(this.habilitation).exec(this.api))))
		.exec(during(Duration.ofSeconds(SECONDS), false).on(exec(this.caseWorker).exec(this.habilitation)
			.exec(this.approver)
			.exec(this.api)
			.exec((session) -> session.set("round", session.getInt("round") + 1))));

	{
		// A round, once begun, is finished (exitASAP false): every request is measured.
		// Never failing: they make Gatling write each request's figures to
		// js/assertions.json, which perf/summarise.py reads.
		setUp(this.staff.injectOpen((RAMP_SECONDS > 0) ? rampUsers(USERS).during(RAMP_SECONDS) : atOnceUsers(USERS)))
			.protocols(this.protocol)
			.assertions(forAll().responseTime().percentile(50.0).lt(Integer.MAX_VALUE),
					forAll().responseTime().percentile(95.0).lt(Integer.MAX_VALUE),
					forAll().responseTime().percentile(99.0).lt(Integer.MAX_VALUE),
					forAll().requestsPerSec().gte(0.0), forAll().allRequests().count().gte(0L),
					forAll().failedRequests().count().gte(0L));
	}

	/** The plan this virtual user approves in this round, if any is left for it. */
	static String nextPlan(Session session) {
		int index = Integer.parseInt(session.getString("row")) + session.getInt("round") * USERS;
		return (index < PLANS.size()) ? PLANS.get(index) : null;
	}

	static List<String> plans(String file) {
		try {
			return Files.readAllLines(Path.of(file)).stream().skip(1).map((line) -> line.split(",")[0]).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

package se.samverkan.perf;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * The pages and API calls staff use most, at a fixed number of concurrent users, each
 * signed in once and then repeating the round for the duration; the trivial endpoint in
 * the same server is the HTTP stack's floor. Accounts come from the data generator's
 * {@code users.csv}.
 * <p>
 * System properties: {@code baseUrl} (default http://localhost:18080), {@code users}
 * (16), {@code seconds} (30), {@code usersCsv} (target/users.csv), {@code api} (false:
 * also the API lookup with HTTP Basic, whose password hash per call is the signin
 * issue's).
 */
public class SamverkanSimulation extends Simulation {

	static final String BASE_URL = System.getProperty("baseUrl", "http://localhost:18080");

	static final int USERS = Integer.getInteger("users", 16);

	static final int SECONDS = Integer.getInteger("seconds", 30);

	static final String USERS_CSV = System.getProperty("usersCsv", "target/users.csv");

	static final boolean API = Boolean.getBoolean("api");

	static final String OCCURRED_AT = LocalDateTime.now()
		.minusHours(1)
		.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));

	HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
		.acceptHeader("text/html,application/json")
		.acceptLanguageHeader("sv-SE")
		.disableFollowRedirect()
		.shareConnections();

	ChainBuilder signIn = exec(
			http("sign-in page").get("/login").check(status().is(200), css("input[name=_csrf]", "value").saveAs("csrf")))
		.exec(http("sign-in").post("/login")
			.formParam("username", "#{username}")
			.formParam("password", DataGenerator.PASSWORD)
			.formParam("_csrf", "#{csrf}")
			.check(status().is(302), header("Location").not("/login?error")));

	ChainBuilder round = exec(http("start page").get("/")
		.check(status().is(200), css("input[name=_csrf]", "value").saveAs("csrf")))
		.exec(http("person lookup").get("/persons?number=#{personalIdentityNumber}")
			.check(status().is(200), substring("#{personId}")))
		.exec(http("person timeline").get("/persons/#{personId}").check(status().is(200)))
		.exec(http("matters list").get("/matters").check(status().is(200)))
		.exec(http("create contact").post("/persons/#{personId}/contacts")
			.formParam("occurredAt", OCCURRED_AT)
			.formParam("channel", "PHONE")
			.formParam("purpose", "PLAN_FOLLOW_UP")
			.formParam("participantStaffIds", "#{staffId}")
			.formParam("summary", "Uppföljning per telefon; nästa möte bokat.")
			.formParam("_csrf", "#{csrf}")
			.check(status().is(302)))
		.exec(http("floor: trivial endpoint").get("/actuator/health/liveness").check(status().is(200)))
		.doIf((session) -> API)
		.then(exec(http("api person lookup (HTTP Basic)")
			.get("/api/v1/persons?personalIdentityNumber=#{personalIdentityNumber}")
			.basicAuth("#{username}", DataGenerator.PASSWORD)
			.check(status().is(200), substring("#{personId}"))));

	ScenarioBuilder staff = scenario("staff").feed(csv(USERS_CSV).circular())
		.exec(this.signIn)
		.exec(during(Duration.ofSeconds(SECONDS)).on(this.round));

	{
		setUp(this.staff.injectOpen(atOnceUsers(USERS))).protocols(this.protocol);
	}

}

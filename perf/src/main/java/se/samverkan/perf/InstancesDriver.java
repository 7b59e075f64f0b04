package se.samverkan.perf;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Several instances under load (issue 7). Two Samverkan instances, A and B, run on one
 * PostgreSQL database ({@code perf/instances.sh} starts them). This driver:
 * <ol>
 * <li>signs in through the form on A and uses that session cookie on B;</li>
 * <li>lets {@code --writers} threads record contacts ({@code POST
 * /api/v1/persons/{id}/contacts}) round-robin over A and B, each write carrying a marker
 * in its summary, and keeps every acknowledged write's id;</li>
 * <li>after {@code --warmup} seconds (the first adaptive hash of each account on each
 * instance, JIT; verified but not compared) and {@code --before} seconds more kills A with {@code kill -9}; a request to A that
 * fails marks A down, as a load balancer's health check would, and the writers go on
 * against B alone for {@code --after} seconds;</li>
 * <li>uses A's session on B again, then looks every acknowledged write up in the
 * database (a lost one fails the run), counts the errors and where they came from,
 * compares writes per second before and after, and reads the instances' logs for the
 * ShedLock-guarded job's runs.</li>
 * </ol>
 * Exits with status 1 when a write was lost, a request to B failed or the session did
 * not carry over.
 */
public final class InstancesDriver {

	private static final String PASSWORD = "demo";

	private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private final String[] base;

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	private final AtomicLong next = new AtomicLong();

	private volatile boolean aDown;

	private volatile boolean running = true;

	private volatile long killedAt = Long.MAX_VALUE;

	private final ConcurrentLinkedQueue<Write> writes = new ConcurrentLinkedQueue<>();

	private InstancesDriver(String a, String b) {
		this.base = new String[] { a, b };
	}

	/** One write: where it went, when, and how it ended (an id when acknowledged). */
	record Write(int instance, long startedAt, long endedAt, String marker, String id, String error) {

		boolean acknowledged() {
			return this.id != null;
		}

		String summary() {
			return "instances " + this.marker;
		}

		long millis() {
			return (this.endedAt - this.startedAt) / 1_000_000;
		}

	}

	record Account(String username, String staffId, String personId) {
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = new HashMap<>(Map.of("--a", "http://localhost:8081", "--b",
				"http://localhost:8082", "--url", "jdbc:postgresql://127.0.0.1:5432/samverkan_perf_in", "--user",
				"postgres", "--users-csv", "perf/target/users.csv", "--writers", "8", "--warmup", "20", "--before",
				"30", "--after", "30"));
		for (int i = 0; i + 1 < args.length; i += 2) {
			options.put(args[i], args[i + 1]);
		}
		String pid = options.get("--pid-a");
		if (pid == null) {
			throw new IllegalArgumentException("--pid-a (the process id of instance A) is required");
		}
		List<Account> accounts = Files.readAllLines(Path.of(options.get("--users-csv")))
			.stream()
			.skip(1)
			.map((line) -> line.split(","))
			.map((cells) -> new Account(cells[0], cells[1], cells[2]))
			.limit(Integer.parseInt(options.get("--writers")))
			.toList();
		InstancesDriver driver = new InstancesDriver(options.get("--a"), options.get("--b"));
		boolean ok = driver.run(accounts, pid, Integer.parseInt(options.get("--warmup")),
				Integer.parseInt(options.get("--before")),
				Integer.parseInt(options.get("--after")), options.get("--url"), options.get("--user"),
				options.get("--log-a"), options.get("--log-b"));
		System.exit(ok ? 0 : 1);
	}

	private boolean run(List<Account> accounts, String pid, int warmup, int before, int after, String url, String user,
			String logA, String logB) throws Exception {
		String session = signIn(0, accounts.get(0).username());
		int sessionOnB = statusOf(1, "/", session);
		System.out.printf("session: signed in on A, the same cookie on B -> %d%n", sessionOnB);

		long start = System.nanoTime();
		List<Thread> writers = new ArrayList<>();
		for (Account account : accounts) {
			Thread writer = new Thread(() -> writeUntilStopped(account), "writer-" + account.username());
			writer.start();
			writers.add(writer);
		}
		Thread.sleep(warmup * 1000L);
		long measuredFrom = System.nanoTime();
		Thread.sleep(before * 1000L);
		this.killedAt = System.nanoTime();
		int killed = new ProcessBuilder("kill", "-9", pid).inheritIO().start().waitFor();
		System.out.printf("kill -9 %s (instance A) -> exit %d, %d writes acknowledged so far%n", pid, killed,
				this.writes.stream().filter(Write::acknowledged).count());
		Thread.sleep(after * 1000L);
		this.running = false;
		for (Thread writer : writers) {
			writer.join();
		}
		long end = System.nanoTime();
		int sessionOnBAfterKill = statusOf(1, "/", session);

		List<Write> all = new ArrayList<>(this.writes);
		List<Write> warmingUp = all.stream().filter((w) -> w.startedAt() < measuredFrom).toList();
		List<Write> beforeKill = all.stream()
			.filter((w) -> w.startedAt() >= measuredFrom && w.startedAt() < this.killedAt)
			.toList();
		List<Write> afterKill = all.stream().filter((w) -> w.startedAt() >= this.killedAt).toList();
		List<Write> acknowledged = all.stream().filter(Write::acknowledged).toList();
		List<Write> inFlightToA = all.stream()
			.filter((w) -> !w.acknowledged() && w.instance() == 0 && w.startedAt() < this.killedAt
					&& w.endedAt() >= this.killedAt)
			.toList();
		List<Write> toAAfterKill = afterKill.stream().filter((w) -> !w.acknowledged() && w.instance() == 0).toList();
		List<Write> failedOnB = all.stream().filter((w) -> !w.acknowledged() && w.instance() == 1).toList();
		List<Write> failedBeforeKill = all.stream()
			.filter((w) -> !w.acknowledged() && w.endedAt() < this.killedAt)
			.toList();

		int found;
		Set<String> committed;
		try (Connection db = DriverManager.getConnection(url, user, "")) {
			found = select(db, "select id::text from contact where id = any(?::uuid[])",
					acknowledged.stream().map(Write::id).toList())
				.size();
			committed = select(db, "select summary from contact where summary = any(?)",
					all.stream().filter((w) -> !w.acknowledged()).map(Write::summary).toList());
		}
		int lost = acknowledged.size() - found;

		double warmupSeconds = (measuredFrom - start) / 1e9;
		double beforeSeconds = (this.killedAt - measuredFrom) / 1e9;
		double afterSeconds = (end - this.killedAt) / 1e9;
		System.out.println();
		System.out.printf(
				"%d writers, round-robin over A and B; warm-up %.1f s, A killed %.1f s later, B alone for %.1f s%n",
				accounts.size(), warmupSeconds, beforeSeconds, afterSeconds);
		System.out.println();
		System.out.println("| phase | s | writes acknowledged | of which on A / B | errors | writes/s | p50 ms | p95 ms |");
		System.out.println("|---|---|---|---|---|---|---|---|");
		row("warm-up, A and B (not compared)", warmupSeconds, warmingUp);
		row("A and B, before the kill", beforeSeconds, beforeKill);
		row("B alone, after kill -9 of A", afterSeconds, afterKill);
		System.out.println();
		System.out.println("| check | result |");
		System.out.println("|---|---|");
		System.out.printf("| acknowledged writes | %d |%n", acknowledged.size());
		System.out.printf("| of them found in the database | %d |%n", found);
		System.out.printf("| **lost acknowledged writes** | **%d** |%n", lost);
		System.out.printf("| errors before the kill | %d |%n", failedBeforeKill.size());
		System.out.printf("| errors: in flight to A when it was killed | %d (%d of them committed all the same) |%n",
				inFlightToA.size(), inFlightToA.stream().filter((w) -> committed.contains(w.summary())).count());
		System.out.printf("| errors: sent to A after the kill, before it was seen down | %d |%n", toAAfterKill.size());
		System.out.printf("| errors on B | %d |%n", failedOnB.size());
		System.out.printf("| A's session cookie on B, before / after the kill | %d / %d |%n", sessionOnB,
				sessionOnBAfterKill);
		if (logA != null && logB != null) {
			jobRuns(logA, logB);
		}
		failedOnB.stream().limit(5).forEach((w) -> System.out.println("error on B: " + w.error()));
		return lost == 0 && failedOnB.isEmpty() && sessionOnB == 200 && sessionOnBAfterKill == 200;
	}

	private void row(String phase, double seconds, List<Write> list) {
		List<Long> millis = list.stream().filter(Write::acknowledged).map(Write::millis).sorted().toList();
		long onA = list.stream().filter((w) -> w.acknowledged() && w.instance() == 0).count();
		long errors = list.stream().filter((w) -> !w.acknowledged()).count();
		System.out.printf("| %s | %.1f | %d | %d / %d | %d | %.1f | %s | %s |%n", phase, seconds, millis.size(), onA,
				millis.size() - onA, errors, millis.size() / seconds, percentile(millis, 0.50),
				percentile(millis, 0.95));
	}

	private static String percentile(List<Long> sorted, double p) {
		return sorted.isEmpty() ? "-" : String.valueOf(sorted.get((int) Math.ceil(p * sorted.size()) - 1));
	}

	private void writeUntilStopped(Account account) {
		String basic = "Basic " + Base64.getEncoder()
			.encodeToString((account.username() + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
		while (this.running) {
			int instance = (this.aDown || this.next.getAndIncrement() % 2 == 1) ? 1 : 0;
			String marker = UUID.randomUUID().toString();
			String body = "{\"occurredAt\":\"" + Instant.now() + "\",\"channel\":\"PHONE\",\"purpose\":\"OTHER\","
					+ "\"participantStaffIds\":[\"" + account.staffId() + "\"],\"summary\":\"instances " + marker
					+ "\"}";
			long started = System.nanoTime();
			String id = null;
			String error = null;
			try {
				HttpResponse<String> response = this.http.send(
						HttpRequest.newBuilder(URI.create(this.base[instance] + "/api/v1/persons/" + account.personId()
								+ "/contacts"))
							.timeout(Duration.ofSeconds(60))
							.header("Authorization", basic)
							.header("Content-Type", "application/json")
							.POST(HttpRequest.BodyPublishers.ofString(body))
							.build(),
						HttpResponse.BodyHandlers.ofString());
				Matcher matcher = ID.matcher(response.body());
				if (response.statusCode() == 201 && matcher.find()) {
					id = matcher.group(1);
				}
				else {
					error = "HTTP " + response.statusCode() + " " + response.body();
				}
			}
			catch (IOException ex) {
				error = ex.getClass().getSimpleName() + ": " + ex.getMessage();
				if (instance == 0 && System.nanoTime() >= this.killedAt) {
					this.aDown = true;
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			this.writes.add(new Write(instance, started, System.nanoTime(), marker, id, error));
		}
	}

	/** Signs in through the login form (CSRF token from the page); returns the cookie. */
	private String signIn(int instance, String username) throws Exception {
		HttpResponse<String> page = this.http.send(HttpRequest.newBuilder(URI.create(this.base[instance] + "/login"))
			.build(), HttpResponse.BodyHandlers.ofString());
		Matcher csrf = CSRF.matcher(page.body());
		if (!csrf.find()) {
			throw new IllegalStateException("no CSRF token on the login page");
		}
		String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password=" + PASSWORD
				+ "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		HttpResponse<String> signedIn = this.http.send(HttpRequest.newBuilder(URI.create(this.base[instance] + "/login"))
			.header("Cookie", session(page))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		String location = signedIn.headers().firstValue("Location").orElse("");
		if (signedIn.statusCode() != 302 || location.contains("/login")) {
			throw new IllegalStateException("sign-in of " + username + " failed: " + signedIn.statusCode() + " "
					+ location);
		}
		return session(signedIn);
	}

	private static String session(HttpResponse<?> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((cookie) -> cookie.startsWith("SESSION="))
			.map((cookie) -> cookie.substring(0, cookie.indexOf(';')))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("no session cookie"));
	}

	/** 200 when the session is signed in there; a redirect to the login page when not. */
	private int statusOf(int instance, String path, String session) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create(this.base[instance] + path))
			.header("Cookie", session)
			.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	private static Set<String> select(Connection db, String sql, List<String> values) throws Exception {
		Set<String> found = new HashSet<>();
		try (PreparedStatement statement = db.prepareStatement(sql)) {
			statement.setArray(1, db.createArrayOf("text", values.toArray()));
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					found.add(rows.getString(1));
				}
			}
		}
		return found;
	}

	/**
	 * The overdue reminder is scheduled every 10 seconds on both instances
	 * ({@code perf/instances.sh}); ShedLock logs each run it lets through ("Locked ...")
	 * and each it holds back. A run is once when no 10-second tick has a run on both.
	 */
	private static void jobRuns(String logA, String logB) throws IOException {
		Map<String, Integer> runsPerTick = new HashMap<>();
		int[] runs = new int[2];
		int[] heldBack = new int[2];
		String[] logs = { logA, logB };
		for (int i = 0; i < 2; i++) {
			for (String line : Files.readAllLines(Path.of(logs[i]))) {
				if (line.contains("Locked 'referrals-overdue-reminder'")) {
					runs[i]++;
					runsPerTick.merge(line.substring(0, 18), 1, Integer::sum);
				}
				else if (line.contains("Not executing 'referrals-overdue-reminder'")) {
					heldBack[i]++;
				}
			}
		}
		long ticksOnBoth = runsPerTick.values().stream().filter((n) -> n > 1).count();
		System.out.printf("| overdue reminder (every 10 s on both, ShedLock): runs on A / B | %d / %d |%n", runs[0],
				runs[1]);
		System.out.printf("| held back by the lock on A / B | %d / %d |%n", heldBack[0], heldBack[1]);
		System.out.printf("| ticks in which both ran | %d |%n", ticksOnBoth);
	}

}

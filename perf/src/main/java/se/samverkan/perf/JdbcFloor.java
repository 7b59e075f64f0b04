package se.samverkan.perf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The database's floor: the SQL the application runs for a person lookup, a person's
 * timeline, a referral inbox and the matters list, over plain JDBC with as many connections as concurrent users, and nothing
 * else — no HTTP, no security, no templates. Prints p50/p95/p99 and throughput.
 *
 * <pre>
 * ./mvnw -q -f perf/pom.xml compile exec:java -Dexec.mainClass=se.samverkan.perf.JdbcFloor \
 *   -Dexec.args="--url jdbc:postgresql://127.0.0.1:5432/samverkan_perf --users 16 --seconds 20"
 * </pre>
 */
public final class JdbcFloor {

	/**
	 * An access-log row's id as the application makes it ({@code shared.TimeOrderedIds}):
	 * the time in milliseconds first, so that a new row goes to the key's right edge. A
	 * random id would write a page anywhere in the 20 million rows' key, as the
	 * application no longer does.
	 */
	static final String ORDERED_ID = "cast(overlay(md5(random()::text) placing "
			+ "lpad(to_hex((extract(epoch from clock_timestamp()) * 1000)::bigint), 12, '0') || '7' from 1 for 13) as uuid)";

	/** A person lookup: the person, who is involved, the consents; logging the read. */
	static final String[] LOOKUP = { "select * from person where personal_identity_number = ?1",
			"select unit_id from person_involvement where person_id = ?2",
			"select * from consent where person_id = ?2 order by given_on desc, recorded_at desc",
			"select * from consent_principal where consent_id in (select id from consent where person_id = ?2)",
			"insert into access_log (id, at, staff_id, username, unit_id, unit_name, person_id, action) "
					+ "select " + ORDERED_ID + ", now(), s.id, s.username, s.unit_id, 'floor', ?2, 'PERSON_LOOKUP' from staff s where s.id = ?3",
			Pair.waiting("PERSON_LOOKUP", Pair.PERSON) };

	/**
	 * What an API call signed in with HTTP Basic reads before its own work
	 * ({@code PasswordSignIn}, credentials remembered, no hash): a lock on the account or
	 * the address, the account with its unit, principal and functions, its second factor;
	 * one read-only transaction.
	 */
	static final String[] API_SIGN_IN = { "select blocked_until from signin_throttle where throttle_key in ('account:' || ?5, 'address:127.0.0.1')",
			"select s.id, s.username, s.display_name, s.password_hash, s.administrator, s.active, u.id as unit_id, "
					+ "u.name as unit_name, u.kind as unit_kind, p.id as principal_id, p.name as principal_name, "
					+ "p.kind as principal_kind from staff s join unit u on u.id = s.unit_id "
					+ "join principal p on p.id = u.principal_id where s.username = ?5",
			"select staff_id, function from staff_function where staff_id in (?3)",
			"select count(*) from signin_second_factor where staff_id = ?3" };

	/**
	 * A person's page with its timeline, as {@code IndividualsManagement.personPage} reads
	 * it: the person and who may see them, the four reads logged, the newest page of 50
	 * contacts (one more tells whether older ones follow) with their participants, the
	 * interventions, the times of the newest referrals the case worker's unit is a side of
	 * and a page of them with their steps (their read logged), and the names of the staff,
	 * principals and units shown.
	 */
	static final String[] TIMELINE = { "select * from person where id = ?2",
			"select unit_id from person_involvement where person_id = ?2",
			"select * from consent where person_id = ?2 order by given_on desc, recorded_at desc",
			"select * from consent_principal where consent_id in (select id from consent where person_id = ?2)",
			"insert into access_log (id, at, staff_id, username, unit_id, unit_name, person_id, action) "
					+ "select " + ORDERED_ID + ", now(), s.id, s.username, s.unit_id, 'floor', ?2, a.action from staff s, "
					+ "(values ('PERSON_READ'), ('CONSENTS_READ'), ('INTERVENTIONS_READ'), ('CONTACTS_READ')) a (action) "
					+ "where s.id = ?3",
			"select c.*, cp.staff_id from (" + Page.CONTACTS + ") c "
					+ "left join contact_participant cp on cp.contact_id = c.id order by c.occurred_at desc, c.id",
			"select * from intervention where person_id = ?2 order by started_on desc, id",
			"select id, name from unit where id in (select unit_id from intervention where person_id = ?2)",
			"select coalesce(sent_at, created_at) from referral " + Page.ON_TIMELINE + " limit 51",
			"select * from referral_step where referral_id in (" + Page.REFERRALS + ") order by referral_id, step_index",
			"select * from referral where id in (" + Page.REFERRALS + ") order by coalesce(sent_at, created_at) desc, id",
			"insert into access_log (id, at, staff_id, username, unit_id, unit_name, person_id, action) "
					+ "select " + ORDERED_ID + ", now(), s.id, s.username, s.unit_id, 'floor', ?2, 'REFERRAL_READ' from staff s where s.id = ?3",
			"select id, display_name from staff where id in (select staff_id from contact_participant "
					+ "where contact_id in (select id from (" + Page.CONTACTS + ") c))",
			"select id, name from principal where id in (select principal_id from consent_principal "
					+ "where consent_id in (select id from consent where person_id = ?2))",
			"select u.id, u.name from unit u join person p on p.registered_by_unit_id = u.id where p.id = ?2",
			Pair.waiting("PERSON_READ", Pair.PERSON) };

	/**
	 * A habilitation unit's referral inbox: the total, the newest page of 20 with its
	 * history, the persons with what decides whether the unit sees them, and logging the
	 * reads of those shown.
	 */
	static final String[] INBOX = { "select count(*) from referral r where r.to_unit_id = ?4 and r.sent_at is not null",
			"select * from referral where id in (" + Page.INBOX + ")",
			"select * from referral_step where referral_id in (" + Page.INBOX + ")",
			"select * from person where id in (select person_id from referral where id in (" + Page.INBOX + "))",
			"select person_id, unit_id from person_involvement where person_id in (select person_id from referral where id in ("
					+ Page.INBOX + "))",
			"select * from consent where person_id in (select person_id from referral where id in (" + Page.INBOX
					+ "))",
			"insert into access_log (id, at, staff_id, username, unit_id, unit_name, person_id, action) "
					+ "select " + ORDERED_ID + ", now(), s.id, s.username, s.unit_id, 'floor', r.person_id, 'REFERRAL_READ' "
					+ "from staff s, referral r where s.id = ?3 and r.id in (" + Page.INBOX + ")",
			Pair.waiting("REFERRAL_READ", Pair.INBOX_PERSONS) };

	/** The matters list of a case worker (those they reported): total and first page. */
	static final String[] MATTERS = { "select count(*) from matter m where m.reported_by = ?3",
			"select m.id, m.title, m.category, m.source, m.status, u.name, m.organisation_name, m.reported_at, "
					+ "m.changed_at, m.version from matter m left join unit u on u.id = m.reported_by_unit_id "
					+ "where m.reported_by = ?3 order by m.changed_at desc, m.id limit 20" };

	/** Subqueries shared by the statements above. */
	static final class Page {

		static final String INBOX = "select id from referral where to_unit_id = ?4 and sent_at is not null "
				+ "order by sent_at desc, id limit 20";

		static final String CONTACTS = "select * from contact where person_id = ?2 order by occurred_at desc, id limit 51";

		/** The person's referrals the case worker's unit is a side of, newest first. */
		static final String ON_TIMELINE = "where person_id = ?2 and (from_unit_id = (select unit_id from staff where id = ?3) "
				+ "or (to_unit_id = (select unit_id from staff where id = ?3) and status <> 'DRAFT')) "
				+ "order by coalesce(sent_at, created_at) desc, id";

		static final String REFERRALS = "select id from referral " + ON_TIMELINE + " limit 50";

	}

	/**
	 * The (person, reading unit) pairs the application leaves to be counted for the log
	 * review ({@code AccessLog}, a row a pair in one statement before commit), so that
	 * the floor bears the read's write cost. The count itself runs apart from the reads
	 * ({@code AccessLogPairs}, once a minute), and is not in the floor.
	 */
	static final class Pair {

		static final String PERSON = "select cast(?2 as uuid)";

		static final String INBOX_PERSONS = "select person_id from referral where id in (" + Page.INBOX + ")";

		static String waiting(String action, String persons) {
			return "insert into access_log_pair_waiting (person_id, unit_id, unit_name, username, action, first_at, "
					+ "last_at, read_count) select p.person_id, s.unit_id, 'floor', s.username, '" + action
					+ "', now(), now(), 1 from staff s, (" + persons + ") p (person_id) where s.id = ?3";
		}

	}

	private JdbcFloor() {
	}

	public static void main(String[] args) throws Exception {
		String url = "jdbc:postgresql://127.0.0.1:5432/samverkan_perf";
		String user = "postgres";
		int users = 16;
		int seconds = 20;
		String csv = "perf/target/users.csv";
		for (int i = 0; i + 1 < args.length; i += 2) {
			switch (args[i]) {
				case "--url" -> url = args[i + 1];
				case "--user" -> user = args[i + 1];
				case "--users" -> users = Integer.parseInt(args[i + 1]);
				case "--seconds" -> seconds = Integer.parseInt(args[i + 1]);
				case "--users-csv" -> csv = args[i + 1];
				default -> throw new IllegalArgumentException("Unknown option " + args[i]);
			}
		}
		List<String[]> rows = Files.readAllLines(Path.of(csv))
			.stream()
			.skip(1)
			.map((line) -> line.split(","))
			.toList();
		run("lookup", false, NONE, LOOKUP, url, user, users, seconds, rows);
		run("api lookup", false, API_SIGN_IN, LOOKUP, url, user, users, seconds, rows);
		run("lookup page", true, NONE, LOOKUP, url, user, users, seconds, rows);
		run("timeline", true, NONE, TIMELINE, url, user, users, seconds, rows);
		run("inbox", true, NONE, INBOX, url, user, users, seconds, rows);
		run("matters", true, NONE, MATTERS, url, user, users, seconds, rows);
	}

	private static final String[] NONE = {};

	/**
	 * One request's SQL: {@code signIn} in a read-only transaction of its own (the API's
	 * HTTP Basic), then {@code statements} in one transaction as the application's
	 * service call runs them; for a page (signed in with a session) after the session's
	 * read and before its save, each a transaction of its own as Spring Session JDBC runs
	 * them — the save once a minute, as the application writes a session that only reads
	 * ({@code LastAccessWrites}).
	 */
	static void run(String name, boolean page, String[] signIn, String[] statements, String url, String user,
			int users, int seconds, List<String[]> rows) throws Exception {
		ConcurrentLinkedQueue<long[]> all = new ConcurrentLinkedQueue<>();
		AtomicLong next = new AtomicLong();
		long end = System.nanoTime() + seconds * 1_000_000_000L;
		List<Thread> threads = new ArrayList<>();
		for (int t = 0; t < users; t++) {
			String finalUrl = url;
			Thread thread = new Thread(() -> {
				long[] times = new long[1 << 20];
				int n = 0;
				try (Connection connection = DriverManager.getConnection(finalUrl, user, "")) {
					connection.setAutoCommit(false);
					List<PreparedStatement> signingIn = prepare(connection, signIn);
					List<PreparedStatement> prepared = prepare(connection, statements);
					Session session = page ? Session.open(connection) : null;
					try {
						n = measure(connection, new Request(signIn, signingIn), new Request(statements, prepared), session,
								rows, next, end, times);
					}
					finally {
						if (session != null) {
							session.close();
						}
					}
				}
				catch (SQLException ex) {
					throw new IllegalStateException(ex);
				}
				all.add(Arrays.copyOf(times, n));
			});
			thread.start();
			threads.add(thread);
		}
		for (Thread thread : threads) {
			thread.join();
		}
		long[] merged = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
		System.out.printf("jdbc %-11s users=%-3d n=%-7d p50=%6.2f ms p95=%6.2f ms p99=%6.2f ms throughput=%8.1f/s%n",
				name, users, merged.length, percentile(merged, 50), percentile(merged, 95), percentile(merged, 99),
				merged.length / (double) seconds);
	}

	private static List<PreparedStatement> prepare(Connection connection, String[] statements) throws SQLException {
		List<PreparedStatement> prepared = new ArrayList<>();
		for (String sql : statements) {
			prepared.add(connection.prepareStatement(sql.replaceAll("\\?[0-9]", "?")));
		}
		return prepared;
	}

	/** One user's requests until the end: how many, their times in {@code times}. */
	private static int measure(Connection connection, Request signIn, Request request, Session session,
			List<String[]> rows, AtomicLong next, long end, long[] times) throws SQLException {
		int n = 0;
		while (System.nanoTime() < end && n < times.length) {
			String[] row = rows.get((int) (next.getAndIncrement() % rows.size()));
			long started = System.nanoTime();
			if (signIn.statements().length > 0) {
				connection.setReadOnly(true);
				signIn.run(row);
				connection.commit();
				connection.setReadOnly(false);
			}
			if (session != null) {
				session.read();
			}
			request.run(row);
			connection.commit();
			if (session != null) {
				session.save();
			}
			times[n++] = System.nanoTime() - started;
		}
		return n;
	}

	/** Statements of one transaction, prepared on the user's connection. */
	private record Request(String[] statements, List<PreparedStatement> prepared) {

		void run(String[] row) throws SQLException {
			for (int s = 0; s < this.statements.length; s++) {
				bind(this.prepared.get(s), this.statements[s], row);
				if (this.statements[s].startsWith("insert") || this.statements[s].startsWith("with")) {
					this.prepared.get(s).executeUpdate();
				}
				else {
					try (ResultSet result = this.prepared.get(s).executeQuery()) {
						while (result.next()) {
							result.getObject(1);
						}
					}
				}
			}
		}

	}

	/**
	 * A signed-in user's session row, read and saved with Spring Session JDBC's statements;
	 * its attributes as big as a signed-in case worker's (security context and CSRF token).
	 */
	static final class Session {

		/** The application writes a session that only reads this often ({@code LastAccessWrites}). */
		private static final long SAVED_EVERY_MILLIS = 60_000;

		/** Measured in the benchmark's sessions (100 %, 16 users): bytes per attribute. */
		private static final Map<String, Integer> ATTRIBUTE_SIZES = Map.of("SPRING_SECURITY_CONTEXT", 2400,
				"org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository.CSRF_TOKEN", 205);

		private final Connection connection;

		private final String primaryId = UUID.randomUUID().toString();

		private final String sessionId = UUID.randomUUID().toString();

		private final PreparedStatement read;

		private final PreparedStatement save;

		private long saved = System.currentTimeMillis();

		private Session(Connection connection) throws SQLException {
			this.connection = connection;
			this.read = connection.prepareStatement("""
					SELECT S.PRIMARY_ID, S.SESSION_ID, S.CREATION_TIME, S.LAST_ACCESS_TIME, S.MAX_INACTIVE_INTERVAL,
					SA.ATTRIBUTE_NAME, SA.ATTRIBUTE_BYTES FROM SPRING_SESSION S
					LEFT JOIN SPRING_SESSION_ATTRIBUTES SA ON S.PRIMARY_ID = SA.SESSION_PRIMARY_ID WHERE S.SESSION_ID = ?
					""");
			this.save = connection.prepareStatement("""
					UPDATE SPRING_SESSION SET SESSION_ID = ?, LAST_ACCESS_TIME = ?, MAX_INACTIVE_INTERVAL = ?,
					EXPIRY_TIME = ?, PRINCIPAL_NAME = ? WHERE PRIMARY_ID = ?
					""");
		}

		static Session open(Connection connection) throws SQLException {
			Session session = new Session(connection);
			long now = System.currentTimeMillis();
			try (PreparedStatement insert = connection.prepareStatement("""
					insert into spring_session (primary_id, session_id, creation_time, last_access_time,
					  max_inactive_interval, expiry_time, principal_name) values (?, ?, ?, ?, 1800, ?, 'floor')
					""");
					PreparedStatement attribute = connection.prepareStatement("""
							insert into spring_session_attributes (session_primary_id, attribute_name, attribute_bytes)
							values (?, ?, ?)
							""")) {
				insert.setString(1, session.primaryId);
				insert.setString(2, session.sessionId);
				insert.setLong(3, now);
				insert.setLong(4, now);
				insert.setLong(5, now + 1_800_000);
				insert.executeUpdate();
				for (var entry : ATTRIBUTE_SIZES.entrySet()) {
					attribute.setString(1, session.primaryId);
					attribute.setString(2, entry.getKey());
					attribute.setBytes(3, new byte[entry.getValue()]);
					attribute.executeUpdate();
				}
			}
			connection.commit();
			return session;
		}

		void read() throws SQLException {
			this.read.setString(1, this.sessionId);
			try (ResultSet result = this.read.executeQuery()) {
				while (result.next()) {
					result.getBytes(7);
				}
			}
			this.connection.commit();
		}

		void save() throws SQLException {
			long now = System.currentTimeMillis();
			if (now - this.saved < SAVED_EVERY_MILLIS) {
				return;
			}
			this.saved = now;
			this.save.setString(1, this.sessionId);
			this.save.setLong(2, now);
			this.save.setInt(3, 1800);
			this.save.setLong(4, now + 1_800_000);
			this.save.setString(5, "floor");
			this.save.setString(6, this.primaryId);
			this.save.executeUpdate();
			this.connection.commit();
		}

		void close() throws SQLException {
			try (PreparedStatement delete = this.connection
				.prepareStatement("delete from spring_session where primary_id = ?")) {
				delete.setString(1, this.primaryId);
				delete.executeUpdate();
			}
			this.connection.commit();
		}

	}

	private static void bind(PreparedStatement statement, String sql, String[] row) throws SQLException {
		// ?1 the number, ?2 the person id, ?3 the staff id, ?4 the habilitation unit, ?5 the
		// user name, in order of appearance
		int index = 1;
		for (int i = 0; i < sql.length() - 1; i++) {
			if (sql.charAt(i) == '?' && Character.isDigit(sql.charAt(i + 1))) {
				switch (sql.charAt(i + 1)) {
					case '1' -> statement.setString(index++, row[3]);
					case '2' -> statement.setObject(index++, UUID.fromString(row[2]));
					case '4' -> statement.setObject(index++, UUID.fromString(row[7]));
					case '5' -> statement.setString(index++, row[0]);
					default -> statement.setObject(index++, UUID.fromString(row[1]));
				}
			}
		}
	}

	private static double percentile(long[] sorted, int p) {
		if (sorted.length == 0) {
			return Double.NaN;
		}
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
	}

}

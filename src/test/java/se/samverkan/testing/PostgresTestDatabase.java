package se.samverkan.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * With {@code -Dsamverkan.test.database=postgres} (Maven profile {@code postgres}), gives
 * every test context a fresh database of its own on the PostgreSQL server at
 * {@code SAMVERKAN_TEST_POSTGRES} (default {@code 127.0.0.1:5432}, user
 * {@code postgres}). Fails the test when the server cannot be reached: it never falls
 * back to H2 silently. A context started with {@value #SHARED} set joins the database its
 * {@code spring.datasource.url} names instead (a second instance of the application on
 * the first one's database).
 */
public class PostgresTestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	/** Property: this context shares the database of one started before it. */
	public static final String SHARED = "samverkan.test.shared-database";

	private static final String PREFIX = "samverkan_test_";

	private static final Duration STALE_AFTER = Duration.ofHours(3);

	private static final AtomicBoolean cleaned = new AtomicBoolean();

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		if (!"postgres".equals(System.getProperty("samverkan.test.database"))
				|| context.getEnvironment().getProperty(SHARED, Boolean.class, false)) {
			return;
		}
		String server = System.getenv().getOrDefault("SAMVERKAN_TEST_POSTGRES", "127.0.0.1:5432");
		String user = System.getenv().getOrDefault("SAMVERKAN_TEST_POSTGRES_USER", "postgres");
		String database = PREFIX + Instant.now().getEpochSecond() + "_"
				+ UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		try (Connection connection = DriverManager.getConnection("jdbc:postgresql://" + server + "/postgres", user, "");
				Statement statement = connection.createStatement()) {
			if (cleaned.compareAndSet(false, true)) {
				dropEarlierTestDatabases(statement);
			}
			statement.execute("create database " + database);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("The PostgreSQL test run needs a server at " + server + " (user " + user
					+ "); start it or run the suite without -Ppostgres", ex);
		}
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("postgresTestDatabase",
					Map.of("spring.datasource.url", "jdbc:postgresql://" + server + "/" + database,
							"spring.datasource.username", user, "spring.datasource.password", "")));
	}

	/**
	 * Drops test databases left behind by runs that ended hours ago; a run going on in
	 * parallel on the same server (another checkout, another build) keeps its own.
	 */
	private static void dropEarlierTestDatabases(Statement statement) throws SQLException {
		long before = Instant.now().minus(STALE_AFTER).getEpochSecond();
		var names = new ArrayList<String>();
		try (var rows = statement
			.executeQuery("select datname from pg_database where datname like '" + PREFIX + "%'")) {
			while (rows.next()) {
				names.add(rows.getString(1));
			}
		}
		for (String name : names) {
			if (createdAt(name) < before) {
				statement.execute("drop database if exists " + name + " with (force)");
			}
		}
	}

	/** The creation second in the name, or 0 for a name without one. */
	private static long createdAt(String name) {
		String[] parts = name.substring(PREFIX.length()).split("_");
		return (parts.length == 2 && parts[0].chars().allMatch(Character::isDigit)) ? Long.parseLong(parts[0]) : 0;
	}

}

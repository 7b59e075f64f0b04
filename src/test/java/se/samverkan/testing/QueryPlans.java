package se.samverkan.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import se.samverkan.testing.CountingDataSource.Bound;

/**
 * How the database would run a statement the application prepared (captured with
 * {@link CountingDataSource#boundBy}): its plan, explained on the test's own database
 * with the same parameters. A test's tables hold a few rows, for which a database rightly
 * prefers to read the table and sort; so PostgreSQL is asked for the plan with sequential
 * scans, bitmap scans and sorts priced out, which leaves an index read in order if one
 * serves the statement's conditions and order, and a sort if none does. H2 writes
 * {@code /* index sorted *}{@code /} in its plan when it reads the rows in an index's
 * order (it does so only for an order that starts with the index's first column).
 */
public final class QueryPlans {

	private QueryPlans() {
	}

	/** The plan of the first statement whose SQL contains {@code part}. */
	public static Plan of(DataSource dataSource, List<Bound> statements, String part) throws SQLException {
		Bound statement = statements.stream()
			.filter((bound) -> bound.sql().contains(part))
			.findFirst()
			.orElseThrow(() -> new AssertionError(
					"No statement with '" + part + "' among " + statements.stream().map(Bound::sql).toList()));
		return of(dataSource, statement);
	}

	public static Plan of(DataSource dataSource, Bound statement) throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			boolean postgres = connection.getMetaData()
				.getDatabaseProductName()
				.toLowerCase(Locale.ROOT)
				.contains("postgres");
			boolean autoCommit = connection.getAutoCommit();
			connection.setAutoCommit(false);
			try {
				if (postgres) {
					try (Statement settings = connection.createStatement()) {
						settings.execute("set local enable_seqscan = off");
						settings.execute("set local enable_bitmapscan = off");
						settings.execute("set local enable_sort = off");
						settings.execute("set local enable_incremental_sort = off");
					}
				}
				try (PreparedStatement explain = connection.prepareStatement("explain " + statement.sql())) {
					statement.bind(explain);
					try (ResultSet rows = explain.executeQuery()) {
						StringBuilder plan = new StringBuilder();
						while (rows.next()) {
							plan.append(rows.getString(1)).append('\n');
						}
						return new Plan(statement.sql(), plan.toString(), postgres);
					}
				}
			}
			finally {
				connection.rollback();
				connection.setAutoCommit(autoCommit);
			}
		}
	}

	/** A statement's plan on PostgreSQL or H2. */
	public record Plan(String sql, String text, boolean postgres) {

		/**
		 * Whether the database reads the rows from that index in the statement's order,
		 * sorting nothing: a page then stops after its rows.
		 */
		public boolean readsInOrderOf(String index) {
			String plan = this.text.toLowerCase(Locale.ROOT);
			String name = index.toLowerCase(Locale.ROOT);
			if (this.postgres) {
				return !Pattern.compile("\\bsort\\b").matcher(plan).find()
						&& Pattern.compile("index (only )?scan (backward )?using " + Pattern.quote(name) + " ")
							.matcher(plan)
							.find();
			}
			return plan.contains("/* index sorted */")
					&& Pattern.compile("\\." + Pattern.quote(name) + "[: ]").matcher(plan).find();
		}

		@Override
		public String toString() {
			return this.sql + "\n" + this.text.lines().collect(Collectors.joining("\n  ", "  ", ""));
		}

	}

}

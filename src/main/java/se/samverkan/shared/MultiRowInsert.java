package se.samverkan.shared;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Many rows written with multi-row inserts, where a JDBC batch costs a statement a row: a
 * unit's worth of notifications, a list's worth of access-log rows. The statement ends in
 * {@code values :rows}; each statement takes a thousand rows, which keeps a row of up to
 * 65 columns inside the protocol's 65 535 parameters.
 */
public final class MultiRowInsert {

	static final int ROWS_PER_STATEMENT = 1000;

	private MultiRowInsert() {
	}

	public static void insert(JdbcClient jdbc, String statement, List<Object[]> rows) {
		for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
			jdbc.sql(statement)
				.param("rows", rows.subList(from, Math.min(from + ROWS_PER_STATEMENT, rows.size())))
				.update();
		}
	}

}

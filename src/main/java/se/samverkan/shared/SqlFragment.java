package se.samverkan.shared;

import java.util.Map;
import java.util.Objects;

import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;

/**
 * A piece of SQL that one module lends to another's statement — a condition, or a scalar
 * subquery in parentheses — with the values of the named parameters it uses, so that two
 * questions reach the database in one statement. Its parameters' names are its own, so as
 * not to meet those of the statement that takes it.
 */
public record SqlFragment(String sql, Map<String, Object> parameters) {

	public SqlFragment {
		Objects.requireNonNull(sql, "sql");
		parameters = Map.copyOf(parameters);
	}

	/** The statement with this fragment's parameters bound. */
	public StatementSpec bind(StatementSpec statement) {
		return statement.params(this.parameters);
	}

}

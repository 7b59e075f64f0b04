package se.samverkan.shared;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;

/**
 * The optional conditions of a list query. Only the conditions whose value is given
 * become SQL, because PostgreSQL cannot type a bare {@code :param is null}.
 */
public final class Filter {

	private final List<String> conditions = new ArrayList<>();

	private final Map<String, Object> parameters = new LinkedHashMap<>();

	/** Adds {@code condition} with its one parameter when {@code value} is not null. */
	public Filter and(String condition, String parameter, Object value) {
		if (value != null) {
			this.conditions.add(condition);
			this.parameters.put(parameter, value);
		}
		return this;
	}

	/** Adds a condition without parameters when {@code applies}. */
	public Filter andIf(boolean applies, String condition) {
		if (applies) {
			this.conditions.add(condition);
		}
		return this;
	}

	/**
	 * The {@code like} pattern of a case-insensitive search for text that contains
	 * {@code search}, for a condition {@code lower(column) like :pattern escape '!'}: the
	 * search trimmed and lower-cased, its {@code %} and {@code _} taken literally;
	 * {@code null} without a search, so that {@link #and} leaves the condition out.
	 */
	public static String contains(String search) {
		String words = (search != null) ? search.strip().toLowerCase(Locale.ROOT) : "";
		return words.isEmpty() ? null : "%" + words.replaceAll("[!%_]", "!$0") + "%";
	}

	/** {@code " where a and b"}, or nothing without conditions. */
	public String where() {
		return this.conditions.isEmpty() ? "" : " where " + String.join(" and ", this.conditions);
	}

	public StatementSpec bind(StatementSpec statement) {
		StatementSpec bound = statement;
		for (Map.Entry<String, Object> parameter : this.parameters.entrySet()) {
			bound = bound.param(parameter.getKey(), parameter.getValue());
		}
		return bound;
	}

}

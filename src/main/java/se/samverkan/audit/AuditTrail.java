package se.samverkan.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.shared.Filter;
import se.samverkan.shared.Page;
import se.samverkan.shared.PageRequest;

/**
 * Reads the audit trail, newest first, one page at a time. Every filter has an index that
 * starts with its column and goes on with the time.
 */
@Service
@Transactional(readOnly = true)
public class AuditTrail {

	private final JdbcClient jdbc;

	AuditTrail(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Page<AuditEntry> entries(AuditQuery query, PageRequest page) {
		Filter filter = new Filter().and("actor = :actor", "actor", query.actor())
			.and("action = :action", "action", query.action())
			.and("aggregate_type = :aggregateType", "aggregateType", query.aggregateType())
			.and("aggregate_id = :aggregateId", "aggregateId", query.aggregateId());
		long total = filter.bind(this.jdbc.sql("select count(*) from audit_entry" + filter.where()))
			.query(Long.class)
			.single();
		List<AuditEntry> items = filter.bind(this.jdbc.sql("""
				select id, occurred_at, actor, action, aggregate_type, aggregate_id, version_before,
				       version_after, summary
				from audit_entry""" + filter.where() + " order by occurred_at desc, id limit :limit offset :offset"))
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(AuditTrail::entry)
			.list();
		return new Page<>(items, page.page(), page.size(), total);
	}

	/** The actions recorded so far, for a filter's choices. */
	public List<String> actions() {
		return distinct(Column.ACTION);
	}

	/** The aggregate types recorded so far, for a filter's choices. */
	public List<String> aggregateTypes() {
		return distinct(Column.AGGREGATE_TYPE);
	}

	/**
	 * The distinct values of an indexed column, read as a loose index scan (one index
	 * probe per value) rather than by reading the whole table.
	 */
	private List<String> distinct(Column column) {
		String name = column.sql;
		return this.jdbc.sql("""
				with recursive found (item) as (
				    select min(%1$s) from audit_entry
				    union all
				    select (select min(%1$s) from audit_entry where %1$s > found.item)
				    from found where found.item is not null
				)
				select item from found where item is not null order by item
				""".formatted(name)).query(String.class).list();
	}

	private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
		return new AuditEntry(rs.getObject("id", UUID.class),
				rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("actor"),
				rs.getString("action"), rs.getString("aggregate_type"), rs.getObject("aggregate_id", UUID.class),
				rs.getObject("version_before", Integer.class), rs.getObject("version_after", Integer.class),
				rs.getString("summary"));
	}

	private enum Column {

		ACTION("action"), AGGREGATE_TYPE("aggregate_type");

		private final String sql;

		Column(String sql) {
			this.sql = sql;
		}

	}

}

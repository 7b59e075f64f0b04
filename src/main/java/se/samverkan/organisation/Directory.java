package se.samverkan.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.notification.RecipientDirectory;
import se.samverkan.shared.Filter;
import se.samverkan.shared.Page;
import se.samverkan.shared.PageRequest;
import se.samverkan.shared.SqlFragment;
import se.samverkan.shared.Timestamps;

import static se.samverkan.shared.Timestamps.instant;

/**
 * The read side of the organisation: the directory of parties, units, staff and updates,
 * read with plain SQL so that every list is one paged, indexed query.
 */
@Service
@Transactional(readOnly = true)
public class Directory implements RecipientDirectory {

	private static final String UNIT_SELECT = """
			select u.id, u.name, u.kind, u.agreement_party, u.active, u.version,
			       p.id as principal_id, p.name as principal_name, p.kind as principal_kind
			from unit u join principal p on p.id = u.principal_id
			""";

	private static final String PRINCIPAL_SELECT = "select id, name, kind, active, version from principal";

	/** Regions first, then by principal and name. */
	private static final String UNIT_ORDER = " order by p.kind desc, p.name, u.name";

	private static final String STAFF_COLUMNS = """
			select s.id, s.username, s.display_name, s.email, s.unit_id, u.name as unit_name,
			       s.nearest_manager_id, m.display_name as manager_name, s.administrator, s.active, s.version
			""";

	/** A staff row {@code s} of unit {@code u} with its nearest manager {@code m}. */
	private static final String STAFF_JOINS = " join unit u on u.id = s.unit_id left join staff m on m.id = s.nearest_manager_id";

	private static final String STAFF_SELECT = STAFF_COLUMNS + " from staff s" + STAFF_JOINS + "\n";

	/** A staff row {@code s} whose name or user name is like {@code :pattern}. */
	private static final String NAME_MATCHES = "(lower(s.display_name) like :pattern escape '!'"
			+ " or lower(s.username) like :pattern escape '!')";

	private static final String UPDATE_SELECT = """
			select o.id, o.unit_id, u.name as unit_name, s.display_name as author_name, o.title, o.body,
			       o.published_at
			from operations_update o join unit u on u.id = o.unit_id join staff s on s.id = o.author_id
			""";

	private final JdbcClient jdbc;

	Directory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<PrincipalView> principals(PrincipalKind kind) {
		String where = (kind != null) ? " where kind = :kind" : "";
		StatementSpec statement = this.jdbc.sql(PRINCIPAL_SELECT + where + " order by kind desc, name");
		if (kind != null) {
			statement = statement.param("kind", kind.name());
		}
		return statement.query(this::mapPrincipal).list();
	}

	public Optional<PrincipalView> principal(UUID id) {
		return this.jdbc.sql(PRINCIPAL_SELECT + " where id = :id").param("id", id).query(this::mapPrincipal).optional();
	}

	/** The names of those principals, in one statement: for pages that name a few. */
	public Map<UUID, String> principalNames(Collection<UUID> ids) {
		return names("select id, name from principal where id in (:ids)", ids);
	}

	public Page<UnitView> units(UnitKind kind, UUID principalId, PageRequest page) {
		Filter filter = new Filter().and("u.kind = :kind", "kind", (kind != null) ? kind.name() : null)
			.and("u.principal_id = :principal", "principal", principalId);
		long total = filter.bind(this.jdbc.sql("select count(*) from unit u" + filter.where()))
			.query(Long.class)
			.single();
		List<UnitView> items = filter
			.bind(this.jdbc.sql(UNIT_SELECT + filter.where()
					+ " order by u.agreement_party desc, p.kind desc, p.name, u.name limit :limit offset :offset"))
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(this::mapUnit)
			.list();
		return new Page<>(items, page.page(), page.size(), total);
	}

	/**
	 * Every unit of the country, thousands at national scale: for demo data and tests. A
	 * form offers units by a search ({@link #units(UnitScope, String, int)}, issue 7).
	 */
	public List<UnitView> allUnits() {
		return this.jdbc.sql(UNIT_SELECT + UNIT_ORDER).query(this::mapUnit).list();
	}

	/**
	 * Active units whose name or principal's name contains the search, by name, at most
	 * {@code limit}; without a search the first by name. A form's choice of a unit among
	 * the country's searches, where a list of every unit would not fit (issue 7).
	 */
	public List<UnitView> activeUnits(String search, int limit) {
		return units(UnitScope.ACTIVE, search, limit);
	}

	/** As {@link #activeUnits(String, int)}, of the units that are agreement parties. */
	public List<UnitView> activeAgreementParties(String search, int limit) {
		return units(UnitScope.ACTIVE_AGREEMENT_PARTIES, search, limit);
	}

	/**
	 * The units of a scope whose name or principal's name contains the search,
	 * case-insensitively and with {@code %} and {@code _} taken literally, by name (then
	 * principal), at most {@code limit}; without a search the first by name. One
	 * statement, however many units the country has.
	 */
	public List<UnitView> units(UnitScope scope, String search, int limit) {
		Filter where = new Filter().andIf(scope != UnitScope.ALL, "u.active")
			.andIf(scope == UnitScope.ACTIVE_AGREEMENT_PARTIES, "u.agreement_party")
			.and("(lower(u.name) like :pattern escape '!' or lower(p.name) like :pattern escape '!')", "pattern",
					Filter.contains(search));
		return where.bind(this.jdbc.sql(UNIT_SELECT + where.where() + " order by u.name, p.name, u.id limit :limit"))
			.param("limit", limit)
			.query(this::mapUnit)
			.list();
	}

	/**
	 * A form's choice of units: the search's matches, and before them those chosen that
	 * are not among the matches (read in one statement, active or not), so that a form
	 * re-rendered after an error or opened to edit keeps its choice.
	 */
	public Choice<UnitView> unitChoice(String search, List<UnitView> matches, Collection<UUID> chosen) {
		Set<UUID> missing = missing(chosen, matches.stream().map(UnitView::id).toList());
		return new Choice<>(search, List.copyOf(units(missing).values()), matches);
	}

	/**
	 * Those units by id in the directory's order (as {@link #allUnits}), in one
	 * statement: for pages that name a few of the country's units.
	 */
	public Map<UUID, UnitView> units(Collection<UUID> ids) {
		Map<UUID, UnitView> units = new LinkedHashMap<>();
		if (ids.isEmpty()) {
			return units;
		}
		this.jdbc.sql(UNIT_SELECT + " where u.id in (:ids)" + UNIT_ORDER)
			.param("ids", ids)
			.query(this::mapUnit)
			.list()
			.forEach((unit) -> units.put(unit.id(), unit));
		return units;
	}

	/**
	 * The names of those units in the directory's order, for pages that list many (a
	 * plan's parties: every agreement party of the country).
	 */
	public Map<UUID, String> unitNames(Collection<UUID> ids) {
		return names("select u.id, u.name from unit u join principal p on p.id = u.principal_id where u.id in (:ids)"
				+ UNIT_ORDER, ids);
	}

	/**
	 * The active units of these kinds in the directory's order, e.g. the habilitation
	 * units (BUH, VH).
	 */
	public List<UnitView> activeUnits(Set<UnitKind> kinds) {
		if (kinds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql(UNIT_SELECT + " where u.kind in (:kinds) and u.active" + UNIT_ORDER)
			.param("kinds", kinds.stream().map(Enum::name).toList())
			.query(this::mapUnit)
			.list();
	}

	/**
	 * The active units of those principals, principal by principal in the directory's
	 * order and each principal's by name, in one statement: a page of the directory reads
	 * the units of its principals only.
	 */
	public Map<UUID, List<UnitView>> activeUnitsOf(Collection<UUID> principalIds) {
		Map<UUID, List<UnitView>> units = new LinkedHashMap<>();
		if (principalIds.isEmpty()) {
			return units;
		}
		this.jdbc.sql(UNIT_SELECT + " where u.principal_id in (:principals) and u.active" + UNIT_ORDER)
			.param("principals", principalIds)
			.query(this::mapUnit)
			.list()
			.forEach((unit) -> units.computeIfAbsent(unit.principalId(), (id) -> new ArrayList<>()).add(unit));
		return units;
	}

	/**
	 * The first page of each of those principals' active units, by name, with how many
	 * active units each has, in one statement: a page of the directory shows its
	 * principals' first units and reads no more of a principal's, however many it has
	 * (issue 7). A principal without active units is left out.
	 */
	public Map<UUID, Page<UnitView>> activeUnitsOf(Collection<UUID> principalIds, int size) {
		if (principalIds.isEmpty()) {
			return Map.of();
		}
		Map<UUID, List<UnitView>> units = new HashMap<>();
		Map<UUID, Long> totals = new HashMap<>();
		this.jdbc.sql("""
				select u.id, u.name, u.kind, u.agreement_party, u.active, u.version, u.unit_count,
				       p.id as principal_id, p.name as principal_name, p.kind as principal_kind
				from (select u.*, row_number() over (partition by u.principal_id order by u.name) as unit_rank,
				             count(*) over (partition by u.principal_id) as unit_count
				      from unit u where u.principal_id in (:principals) and u.active) u
				join principal p on p.id = u.principal_id
				where u.unit_rank <= :size
				order by u.name
				""").param("principals", principalIds).param("size", size).query((rs) -> {
			UnitView unit = mapUnit(rs, 0);
			units.computeIfAbsent(unit.principalId(), (id) -> new ArrayList<>()).add(unit);
			totals.put(unit.principalId(), rs.getLong("unit_count"));
		});
		Map<UUID, Page<UnitView>> pages = new HashMap<>();
		units.forEach((principal, first) -> pages.put(principal, new Page<>(first, 0, size, totals.get(principal))));
		return pages;
	}

	/**
	 * One page of the principal's active units, by name: read in the order of the unique
	 * index on (principal_id, name), counted only when the page is full or not the first.
	 */
	public Page<UnitView> activeUnitsOf(UUID principalId, PageRequest page) {
		List<UnitView> items = this.jdbc
			.sql(UNIT_SELECT
					+ " where u.principal_id = :principal and u.active order by u.name limit :limit offset :offset")
			.param("principal", principalId)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(this::mapUnit)
			.list();
		long total = page.total(items.size(),
				() -> this.jdbc.sql("select count(*) from unit where principal_id = :principal and active")
					.param("principal", principalId)
					.query(Long.class)
					.single());
		return new Page<>(items, page.page(), page.size(), total);
	}

	/** The ids of the active units that are parties to the agreement. */
	public Set<UUID> activeAgreementPartyIds() {
		return new HashSet<>(
				this.jdbc.sql("select id from unit where agreement_party and active").query(UUID.class).list());
	}

	public Optional<UnitView> unit(UUID id) {
		return this.jdbc.sql(UNIT_SELECT + " where u.id = :id").param("id", id).query(this::mapUnit).optional();
	}

	public Page<StaffView> staff(UUID unitId, PageRequest page) {
		return staff(unitId, null, page);
	}

	public Optional<StaffView> staffMember(UUID id) {
		List<StaffRow> rows = this.jdbc.sql(STAFF_SELECT + " where s.id = :id")
			.param("id", id)
			.query(this::mapStaff)
			.list();
		return withFunctions(rows).stream().findFirst();
	}

	/** Those staff members by id, with their functions, in two statements. */
	public Map<UUID, StaffView> staffMembers(Collection<UUID> ids) {
		Map<UUID, StaffView> found = new HashMap<>();
		if (ids.isEmpty()) {
			return found;
		}
		withFunctions(
				this.jdbc.sql(STAFF_SELECT + " where s.id in (:ids)").param("ids", ids).query(this::mapStaff).list())
			.forEach((staff) -> found.put(staff.id(), staff));
		return found;
	}

	/** The display names of those staff, in one statement: for pages that name many. */
	public Map<UUID, String> displayNames(Collection<UUID> staffIds) {
		return names("select id, display_name as name from staff where id in (:ids)", staffIds);
	}

	/**
	 * Names by id from a statement selecting {@code id, name}, in the statement's order.
	 */
	private Map<UUID, String> names(String sql, Collection<UUID> ids) {
		Map<UUID, String> names = new LinkedHashMap<>();
		if (ids.isEmpty()) {
			return names;
		}
		this.jdbc.sql(sql).param("ids", ids).query((rs) -> {
			names.put(uuid(rs, "id"), rs.getString("name"));
		});
		return names;
	}

	/**
	 * Active staff whose name or user name contains the search, by name, at most
	 * {@code limit}; without a search the first by name. A form's choice of a person
	 * among the country's staff searches, where a list of everyone would not fit.
	 */
	public List<StaffView> activeStaff(String search, int limit) {
		return activeStaff(search, Set.of(), limit);
	}

	/**
	 * As {@link #activeStaff(String, int)}, of those who hold one of the functions (of
	 * anyone when none is given): e.g. the managers who may be someone's nearest manager.
	 */
	public List<StaffView> activeStaff(String search, Set<StaffFunction> holding, int limit) {
		Filter where = new Filter().andIf(true, "s.active")
			.and(NAME_MATCHES, "pattern", Filter.contains(search))
			.and("exists (select 1 from staff_function f where f.staff_id = s.id and f.function in (:functions))",
					"functions", holding.isEmpty() ? null : holding.stream().map(Enum::name).toList());
		return withFunctions(where
			.bind(this.jdbc.sql(STAFF_SELECT + where.where() + " order by s.display_name, s.username limit :limit"))
			.param("limit", limit)
			.query(this::mapStaff)
			.list());
	}

	/**
	 * Active staff of the units in {@code tiers} whose name or user name contains the
	 * search, at most {@code limit}: the first tier's staff first (a unit in two tiers
	 * counts in the first), then by unit and name. A form that chooses among the staff of
	 * some units — a contact's participants — lists the likeliest first and finds the
	 * rest by search, where a list of every unit's staff would not fit.
	 */
	public List<StaffView> activeStaffIn(List<? extends Collection<UUID>> tiers, String search, int limit) {
		List<? extends Collection<UUID>> given = tiers.stream().filter((tier) -> !tier.isEmpty()).toList();
		if (given.isEmpty()) {
			return List.of();
		}
		StringBuilder rank = new StringBuilder("case");
		Set<UUID> units = new HashSet<>();
		for (int i = 0; i < given.size(); i++) {
			rank.append(" when s.unit_id in (:tier").append(i).append(") then ").append(i);
			units.addAll(given.get(i));
		}
		Filter where = new Filter().andIf(true, "s.active")
			.and("s.unit_id in (:units)", "units", units)
			.and(NAME_MATCHES, "pattern", Filter.contains(search));
		// The page first, so that only its rows are joined to their managers: a derived
		// table, where "s.id in (the page)" took H2 a second with 20 000 staff.
		String page = "select s.id, " + rank + " end as tier, u.name as unit_name, s.display_name, s.username"
				+ " from staff s join unit u on u.id = s.unit_id" + where.where()
				+ " order by tier, unit_name, s.display_name, s.username limit :limit";
		StatementSpec statement = where
			.bind(this.jdbc.sql(STAFF_COLUMNS + " from (" + page + ") p join staff s on s.id = p.id" + STAFF_JOINS
					+ " order by p.tier, p.unit_name, p.display_name, p.username"))
			.param("limit", limit);
		for (int i = 0; i < given.size(); i++) {
			statement = statement.param("tier" + i, given.get(i));
		}
		return withFunctions(statement.query(this::mapStaff).list());
	}

	/**
	 * A form's choice of a person: the search's matches, and before them those chosen
	 * that are not among the matches (read in two statements, active or not), so that a
	 * form re-rendered after an error or opened to edit keeps its choice.
	 */
	public Choice<StaffView> staffChoice(String search, List<StaffView> matches, Collection<UUID> chosen) {
		Set<UUID> missing = missing(chosen, matches.stream().map(StaffView::id).toList());
		Map<UUID, StaffView> found = staffMembers(missing);
		return new Choice<>(search, missing.stream().map(found::get).filter((staff) -> staff != null).toList(),
				matches);
	}

	/**
	 * Active principals for a form's choice among the country's — a consent's (R1) —
	 * where a list of every principal (311 at national scale) would not fit (issue 7):
	 * without a search those of the tiers, the likeliest; with one every active principal
	 * whose name contains it, case-insensitively and with {@code %} and {@code _} taken
	 * literally. The first tier's first (a principal in two tiers counts in the first),
	 * then the matches in no tier; within each regions before municipalities, by name; at
	 * most {@code limit}. One statement, however many principals the country has.
	 */
	public List<PrincipalView> activePrincipals(List<PrincipalTier> tiers, String search, int limit) {
		List<PrincipalTier> given = tiers.stream().filter((tier) -> !tier.isEmpty()).toList();
		String pattern = Filter.contains(search);
		if (pattern == null && given.isEmpty()) {
			return List.of();
		}
		List<String> inTier = new ArrayList<>();
		StringBuilder rank = new StringBuilder("case");
		for (int i = 0; i < given.size(); i++) {
			String condition = given.get(i).ids().isEmpty() ? "kind = :tier" + i : "id in (:tier" + i + ")";
			inTier.add(condition);
			rank.append(" when ").append(condition).append(" then ").append(i);
		}
		String order = given.isEmpty() ? " order by kind desc, name"
				: " order by " + rank + " else " + given.size() + " end, kind desc, name";
		Filter where = new Filter().andIf(true, "active")
			.andIf(pattern == null, "(" + String.join(" or ", inTier) + ")")
			.and("lower(name) like :pattern escape '!'", "pattern", pattern);
		StatementSpec statement = where.bind(this.jdbc.sql(PRINCIPAL_SELECT + where.where() + order + " limit :limit"))
			.param("limit", limit);
		for (int i = 0; i < given.size(); i++) {
			PrincipalTier tier = given.get(i);
			statement = statement.param("tier" + i, tier.ids().isEmpty() ? tier.kind().name() : tier.ids());
		}
		return statement.query(this::mapPrincipal).list();
	}

	/**
	 * A form's choice of principals: the search's matches, and before them those chosen
	 * that are not among the matches (read in one statement, active or not), so that a
	 * form re-rendered after an error or a search keeps its choice.
	 */
	public Choice<PrincipalView> principalChoice(String search, List<PrincipalView> matches, Collection<UUID> chosen) {
		Set<UUID> missing = missing(chosen, matches.stream().map(PrincipalView::id).toList());
		List<PrincipalView> found = missing.isEmpty() ? List.of()
				: this.jdbc.sql(PRINCIPAL_SELECT + " where id in (:ids) order by kind desc, name")
					.param("ids", missing)
					.query(this::mapPrincipal)
					.list();
		return new Choice<>(search, found, matches);
	}

	/** The chosen ids, without {@code null}, that are not among those listed. */
	private static Set<UUID> missing(Collection<UUID> chosen, Collection<UUID> listed) {
		Set<UUID> missing = new LinkedHashSet<>();
		for (UUID id : chosen) {
			if (id != null && !listed.contains(id)) {
				missing.add(id);
			}
		}
		return missing;
	}

	/**
	 * The conveners (*sammankallande*, R16): the active staff who hold
	 * {@link StaffFunction#CONVENER} in an active BUH or VH unit, by name. The function
	 * held elsewhere makes no convener; of one staff member {@link #holdingInActiveUnit}
	 * and {@link SignedInStaff#isConvener()} say the same.
	 */
	public List<StaffView> conveners() {
		return withFunctions(this.jdbc.sql(STAFF_SELECT + """
				where s.active and u.active and u.kind in (:kinds)
				  and exists (select 1 from staff_function f where f.staff_id = s.id and f.function = :function)
				order by s.display_name, s.username
				""")
			.param("kinds", UnitKind.HABILITATION.stream().map(Enum::name).toList())
			.param("function", StaffFunction.CONVENER.name())
			.query(this::mapStaff)
			.list());
	}

	/**
	 * The active staff of the country who hold one of the functions, by name: for
	 * functions few hold, e.g. MAR and MAS. The holders at some units — the heads of
	 * operations of an agreement's parties — are read by
	 * {@link #activeStaffIds(Collection, StaffFunction)}, and a form finds holders among
	 * many by {@link #activeStaff(String, Set, int)}.
	 */
	public List<StaffView> staffHolding(Collection<StaffFunction> functions) {
		List<StaffRow> rows = this.jdbc
			.sql(STAFF_SELECT + " where s.active and exists (select 1 from staff_function f where f.staff_id = s.id "
					+ "and f.function in (:functions)) order by s.display_name")
			.param("functions", functions.stream().map(Enum::name).toList())
			.query(this::mapStaff)
			.list();
		return withFunctions(rows);
	}

	public Page<UpdateView> updates(PageRequest page) {
		long total = this.jdbc.sql("select count(*) from operations_update").query(Long.class).single();
		return new Page<>(updates(page.size(), page.offset()), page.page(), page.size(), total);
	}

	/**
	 * The latest updates, newest first, without counting them all: the start page shows a
	 * few of a table that grows with every party's news.
	 */
	public List<UpdateView> latestUpdates(int limit) {
		return updates(limit, 0);
	}

	private List<UpdateView> updates(int limit, long offset) {
		return this.jdbc.sql(UPDATE_SELECT + " order by o.published_at desc, o.id limit :limit offset :offset")
			.param("limit", limit)
			.param("offset", offset)
			.query(this::mapUpdate)
			.list();
	}

	/**
	 * The updates published after one instant and up to another, newest first, at most
	 * {@code limit}: a meeting's standing item (R19, R20), read in the period whatever
	 * has been published since.
	 */
	public List<UpdateView> updatesPublished(Instant after, Instant until, int limit) {
		return this.jdbc.sql(UPDATE_SELECT + """
				where o.published_at > :after and o.published_at <= :until
				order by o.published_at desc, o.id limit :limit
				""")
			.param("after", Timestamps.utc(after))
			.param("until", Timestamps.utc(until))
			.param("limit", limit)
			.query(this::mapUpdate)
			.list();
	}

	/** One page of the principals, of one kind or all. */
	public Page<PrincipalView> principals(PrincipalKind kind, PageRequest page) {
		return principals(kind, null, page);
	}

	/**
	 * One page of the principals, filtered by kind and by whether they are active; each
	 * filter is left out when {@code null}. Regions first, then by name.
	 */
	public Page<PrincipalView> principals(PrincipalKind kind, Boolean active, PageRequest page) {
		Filter filter = new Filter().and("kind = :kind", "kind", (kind != null) ? kind.name() : null)
			.and("active = :active", "active", active);
		long total = filter.bind(this.jdbc.sql("select count(*) from principal" + filter.where()))
			.query(Long.class)
			.single();
		List<PrincipalView> items = filter
			.bind(this.jdbc
				.sql(PRINCIPAL_SELECT + filter.where() + " order by kind desc, name limit :limit offset :offset"))
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(this::mapPrincipal)
			.list();
		return new Page<>(items, page.page(), page.size(), total);
	}

	/**
	 * One page of the units, filtered by kind, principal and whether they are parties of
	 * the agreement; each filter is left out when {@code null}.
	 */
	public Page<UnitView> units(UnitKind kind, UUID principalId, Boolean agreementParty, PageRequest page) {
		Filter filter = new Filter().and("u.kind = :kind", "kind", (kind != null) ? kind.name() : null)
			.and("u.principal_id = :principal", "principal", principalId)
			.and("u.agreement_party = :party", "party", agreementParty);
		long total = filter.bind(this.jdbc.sql("select count(*) from unit u" + filter.where()))
			.query(Long.class)
			.single();
		List<UnitView> items = filter
			.bind(this.jdbc.sql(UNIT_SELECT + filter.where()
					+ " order by u.agreement_party desc, p.kind desc, p.name, u.name limit :limit offset :offset"))
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(this::mapUnit)
			.list();
		return new Page<>(items, page.page(), page.size(), total);
	}

	/**
	 * One page of the staff, filtered by unit and by whether the account is active; each
	 * filter is left out when {@code null}.
	 */
	public Page<StaffView> staff(UUID unitId, Boolean active, PageRequest page) {
		Filter filter = new Filter().and("s.unit_id = :unit", "unit", unitId)
			.and("s.active = :active", "active", active);
		// By name: without a unit in the order of staff_name_idx, a page stopping
		// after its rows; a unit's by staff_unit_idx.
		List<StaffRow> rows = filter
			.bind(this.jdbc.sql(
					STAFF_SELECT + filter.where() + " order by s.display_name, s.username limit :limit offset :offset"))
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(this::mapStaff)
			.list();
		long total = page.total(rows.size(),
				() -> filter.bind(this.jdbc.sql("select count(*) from staff s" + filter.where()))
					.query(Long.class)
					.single());
		return new Page<>(withFunctions(rows), page.page(), page.size(), total);
	}

	/**
	 * The ids of every active member of the unit, however many: whom a notice to the unit
	 * reaches. One statement over the unit's index.
	 */
	public Set<UUID> activeStaffIds(UUID unitId) {
		return this.jdbc.sql("select id from staff where unit_id = :unit and active")
			.param("unit", unitId)
			.query(UUID.class)
			.set();
	}

	/** The ids of every active member of the unit who holds the function. */
	public Set<UUID> activeStaffIds(UUID unitId, StaffFunction function) {
		return activeStaffIds(Set.of(unitId), function);
	}

	/**
	 * The ids of the active staff of those units who hold the function, e.g. the heads of
	 * operations of an agreement's parties: whom a notice to the units' holders reaches.
	 * One statement over the units' staff (staff_unit_idx), each one's function looked up
	 * by key, or for large units the function's holders read from their index
	 * (staff_function_holders_idx): never the rest of the country's staff (issue 7).
	 */
	public Set<UUID> activeStaffIds(Collection<UUID> unitIds, StaffFunction function) {
		if (unitIds.isEmpty()) {
			return Set.of();
		}
		return this.jdbc.sql("""
				select s.id from staff s
				where s.unit_id in (:units) and s.active
				  and exists (select 1 from staff_function f where f.staff_id = s.id and f.function = :function)
				""").param("units", unitIds).param("function", function.name()).query(UUID.class).set();
	}

	/**
	 * Whether the staff member is active and holds the function in an active unit of one
	 * of those kinds, as a scalar subquery over the staff member's key, 1 or 0: for a
	 * statement of another module's that asks its own question with it.
	 */
	public SqlFragment holdingInActiveUnit(UUID staffId, StaffFunction function, Set<UnitKind> unitKinds) {
		return new SqlFragment("""
				(select count(*) from staff hs join unit hu on hu.id = hs.unit_id
				 where hs.id = :holdingStaff and hs.active and hu.active and hu.kind in (:holdingKinds)
				   and exists (select 1 from staff_function hf
				               where hf.staff_id = hs.id and hf.function = :holdingFunction))""",
				Map.of("holdingStaff", staffId, "holdingKinds", unitKinds.stream().map(Enum::name).toList(),
						"holdingFunction", function.name()));
	}

	/**
	 * Whether the staff member is active and holds any of the functions, as a scalar
	 * subquery, 1 or 0, for a statement of another module's.
	 */
	public SqlFragment holdingAnyOf(UUID staffId, Set<StaffFunction> functions) {
		return new SqlFragment("""
				(select count(*) from staff hs
				 where hs.id = :holdingAnyStaff and hs.active
				   and exists (select 1 from staff_function hf
				               where hf.staff_id = hs.id and hf.function in (:holdingAnyFunctions)))""",
				Map.of("holdingAnyStaff", staffId, "holdingAnyFunctions", functions.stream().map(Enum::name).toList()));
	}

	public Optional<UpdateView> update(UUID id) {
		return this.jdbc.sql(UPDATE_SELECT + " where o.id = :id").param("id", id).query(this::mapUpdate).optional();
	}

	/**
	 * One page of the interest organisations, by name: unique, so the order is whole, and
	 * the page is read in the order of the name's unique index.
	 */
	public Page<InterestOrganisationView> interestOrganisations(PageRequest page) {
		List<InterestOrganisationView> items = this.jdbc
			.sql("select id, name, description, website from interest_organisation order by name "
					+ "limit :limit offset :offset")
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, row) -> new InterestOrganisationView(uuid(rs, "id"), rs.getString("name"),
					rs.getString("description"), rs.getString("website")))
			.list();
		long total = page.total(items.size(),
				() -> this.jdbc.sql("select count(*) from interest_organisation").query(Long.class).single());
		return new Page<>(items, page.page(), page.size(), total);
	}

	/**
	 * The account behind a sign-in, active or not: the caller decides what a deactivated
	 * one may do.
	 */
	public Optional<SignedInStaff> account(String username) {
		return account("s.username = :value", username);
	}

	/**
	 * The account an OIDC sign-in with this HSA-id belongs to, active or not.
	 */
	public Optional<SignedInStaff> accountByHsaId(String hsaId) {
		return account("s.hsa_id = :value", hsaId);
	}

	private Optional<SignedInStaff> account(String where, String value) {
		return this.jdbc.sql("""
				select s.id, s.username, s.display_name, s.password_hash, s.administrator, s.active,
				       u.id as unit_id, u.name as unit_name, u.kind as unit_kind,
				       p.id as principal_id, p.name as principal_name, p.kind as principal_kind
				from staff s join unit u on u.id = s.unit_id join principal p on p.id = u.principal_id
				""" + " where " + where).param("value", value).query((rs, row) -> {
			UUID id = uuid(rs, "id");
			return new SignedInStaff(id, rs.getString("username"), rs.getString("display_name"),
					new SignedInStaff.UnitRef(uuid(rs, "unit_id"), rs.getString("unit_name"),
							UnitKind.valueOf(rs.getString("unit_kind"))),
					new SignedInStaff.PrincipalRef(uuid(rs, "principal_id"), rs.getString("principal_name"),
							PrincipalKind.valueOf(rs.getString("principal_kind"))),
					functionsOf(List.of(id)).getOrDefault(id, Set.of()), rs.getBoolean("administrator"),
					rs.getBoolean("active"), rs.getString("password_hash"));
		}).optional();
	}

	@Override
	public Optional<String> emailOf(UUID staffId) {
		return this.jdbc.sql("select email from staff where id = :id and active and email is not null")
			.param("id", staffId)
			.query(String.class)
			.optional();
	}

	private List<StaffView> withFunctions(List<StaffRow> rows) {
		Map<UUID, Set<StaffFunction>> functions = functionsOf(rows.stream().map(StaffRow::id).toList());
		return rows.stream().map((row) -> row.with(functions.getOrDefault(row.id(), Set.of()))).toList();
	}

	private Map<UUID, Set<StaffFunction>> functionsOf(List<UUID> staffIds) {
		Map<UUID, Set<StaffFunction>> functions = new HashMap<>();
		if (staffIds.isEmpty()) {
			return functions;
		}
		this.jdbc.sql("select staff_id, function from staff_function where staff_id in (:ids)")
			.param("ids", staffIds)
			.query((rs) -> {
				functions.computeIfAbsent(uuid(rs, "staff_id"), (id) -> EnumSet.noneOf(StaffFunction.class))
					.add(StaffFunction.valueOf(rs.getString("function")));
			});
		return functions;
	}

	private PrincipalView mapPrincipal(ResultSet rs, int row) throws SQLException {
		return new PrincipalView(uuid(rs, "id"), rs.getString("name"), PrincipalKind.valueOf(rs.getString("kind")),
				rs.getBoolean("active"), rs.getInt("version"));
	}

	private UnitView mapUnit(ResultSet rs, int row) throws SQLException {
		return new UnitView(uuid(rs, "id"), rs.getString("name"), UnitKind.valueOf(rs.getString("kind")),
				rs.getBoolean("agreement_party"), rs.getBoolean("active"), rs.getInt("version"),
				uuid(rs, "principal_id"), rs.getString("principal_name"),
				PrincipalKind.valueOf(rs.getString("principal_kind")));
	}

	private UpdateView mapUpdate(ResultSet rs, int row) throws SQLException {
		return new UpdateView(uuid(rs, "id"), uuid(rs, "unit_id"), rs.getString("unit_name"),
				rs.getString("author_name"), rs.getString("title"), rs.getString("body"), instant(rs, "published_at"));
	}

	private StaffRow mapStaff(ResultSet rs, int row) throws SQLException {
		return new StaffRow(uuid(rs, "id"), rs.getString("username"), rs.getString("display_name"),
				rs.getString("email"), uuid(rs, "unit_id"), rs.getString("unit_name"), uuid(rs, "nearest_manager_id"),
				rs.getString("manager_name"), rs.getBoolean("administrator"), rs.getBoolean("active"),
				rs.getInt("version"));
	}

	private static UUID uuid(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, UUID.class);
	}

	/** Which units a search of the directory finds. */
	public enum UnitScope {

		/** Every unit, active or not: an administrator's look-up. */
		ALL,

		/** The active units. */
		ACTIVE,

		/** The active units that are parties to the agreement. */
		ACTIVE_AGREEMENT_PARTIES

	}

	/**
	 * A form's choice among more than a list can show, found by a search (issue 7): the
	 * search as typed, those already chosen that the search did not find, and its
	 * matches.
	 *
	 * @param <T> a unit, a staff member or a principal
	 */
	public record Choice<T>(String search, List<T> chosen, List<T> matches) {

		/** The options to offer: the chosen ones first, then the matches. */
		public List<T> options() {
			List<T> options = new ArrayList<>(this.chosen);
			options.addAll(this.matches);
			return options;
		}

		/** The same choice without the matches one may not choose, e.g. oneself. */
		public Choice<T> without(Predicate<? super T> excluded) {
			return new Choice<>(this.search, this.chosen, this.matches.stream().filter(excluded.negate()).toList());
		}

	}

	/**
	 * Principals a form offers first ({@link #activePrincipals}): those of some ids, or
	 * every one of a kind (the country has at most 21 regions).
	 */
	public record PrincipalTier(Set<UUID> ids, PrincipalKind kind) {

		public PrincipalTier {
			ids = Set.copyOf(ids);
			if (!ids.isEmpty() && kind != null) {
				throw new IllegalArgumentException("a tier is some principals or a kind, not both");
			}
		}

		/** These principals; {@code null} ids are left out. */
		public static PrincipalTier of(Collection<UUID> ids) {
			return new PrincipalTier(ids.stream().filter((id) -> id != null).collect(Collectors.toSet()), null);
		}

		/** Every principal of the kind. */
		public static PrincipalTier every(PrincipalKind kind) {
			return new PrincipalTier(Set.of(), Objects.requireNonNull(kind));
		}

		boolean isEmpty() {
			return this.ids.isEmpty() && this.kind == null;
		}

	}

	/** A principal as listed in the directory. */
	public record PrincipalView(UUID id, String name, PrincipalKind kind, boolean active, int version) {
	}

	/** A unit with its principal. */
	public record UnitView(UUID id, String name, UnitKind kind, boolean agreementParty, boolean active, int version,
			UUID principalId, String principalName, PrincipalKind principalKind) {
	}

	/** A staff member with unit, nearest manager and functions. */
	public record StaffView(UUID id, String username, String displayName, String email, UUID unitId, String unitName,
			UUID nearestManagerId, String nearestManagerName, boolean administrator, boolean active, int version,
			Set<StaffFunction> functions) {

		public List<String> roles() {
			return this.administrator ? List.of("USER", "ADMIN") : List.of("USER");
		}

	}

	/** An update about a unit's operations. */
	public record UpdateView(UUID id, UUID unitId, String unitName, String authorName, String title, String body,
			Instant publishedAt) {
	}

	/** An interest organisation. */
	public record InterestOrganisationView(UUID id, String name, String description, String website) {
	}

	private record StaffRow(UUID id, String username, String displayName, String email, UUID unitId, String unitName,
			UUID nearestManagerId, String nearestManagerName, boolean administrator, boolean active, int version) {

		StaffView with(Set<StaffFunction> functions) {
			return new StaffView(this.id, this.username, this.displayName, this.email, this.unitId, this.unitName,
					this.nearestManagerId, this.nearestManagerName, this.administrator, this.active, this.version,
					StaffMember.toSet(functions));
		}

	}

}

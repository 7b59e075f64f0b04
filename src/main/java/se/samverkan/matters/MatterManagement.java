package se.samverkan.matters;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.matters.Matter.Report;
import se.samverkan.matters.Matter.Who;
import se.samverkan.notification.Notice;
import se.samverkan.organisation.Directory;
import se.samverkan.organisation.Directory.UnitView;
import se.samverkan.organisation.SignedInStaff;
import se.samverkan.shared.Actor;
import se.samverkan.shared.CalendarYear;
import se.samverkan.shared.DomainException;
import se.samverkan.shared.ErrorCode;
import se.samverkan.shared.Filter;
import se.samverkan.shared.NotFoundException;
import se.samverkan.shared.Page;
import se.samverkan.shared.PageRequest;
import se.samverkan.shared.StaffIdentity;
import se.samverkan.shared.StaleVersionException;
import se.samverkan.steeringgroup.SteeringGroup;

/**
 * Matters (R9, R11, R14, R16, L5): the write API and the reads of the matters module.
 * <ul>
 * <li>Any signed-in user reports a matter; the conveners are told.</li>
 * <li>Handlers ({@link MatterHandlers}) move it on, with why, and add internal notes; the
 * reporter is told of every change they may see.</li>
 * <li>Handlers see every matter; anyone else sees only the ones they reported, without
 * the internal notes; to them other matters do not exist.</li>
 * <li>Other modules read summaries and the prioritised matters, and add steps to a
 * matter's trail ({@link #recordTrail}).</li>
 * </ul>
 */
@Service
@Transactional
public class MatterManagement {

	static final String NOTICE_REPORTED = "notice.matter.reported";

	static final String NOTICE_CHANGED = "notice.matter.changed";

	static final String NOTICE_CLOSED = "notice.matter.closed";

	static final String NOTICE_TRAIL = "notice.matter.trail";

	private static final String LIST_SELECT = """
			select m.id, m.title, m.category, m.source, m.status, u.name as unit_name, m.organisation_name,
			       m.reported_at, m.changed_at, m.version
			from matter m left join unit u on u.id = m.reported_by_unit_id
			""";

	private final Matters matters;

	private final MatterHandlers handlers;

	private final Directory directory;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	MatterManagement(Matters matters, MatterHandlers handlers, Directory directory, JdbcClient jdbc, Clock clock,
			ApplicationEventPublisher events) {
		this.matters = matters;
		this.handlers = handlers;
		this.directory = directory;
		this.jdbc = jdbc;
		this.clock = clock;
		this.events = events;
	}

	/** A signed-in user reports a matter to the conveners (R11). */
	public MatterView report(SignedInStaff me, ReportMatter command) {
		Matter matter = Matter.report(
				new Report(command.title(), command.description(), command.category(), command.source(), null, null),
				who(me), me.unit().id(), now(), today());
		return reported(me, matter);
	}

	/**
	 * Views from outside (R14): the public form's text becomes a matter for the
	 * conveners, from an interest organisation when one is named, else from a service
	 * user.
	 */
	public MatterSummary receiveFeedback(PublicFeedback feedback) {
		boolean organisation = feedback.organisationName() != null && !feedback.organisationName().isBlank();
		Matter matter = Matter.report(
				new Report(titleOf(feedback), feedback.text(), MatterCategory.OTHER,
						organisation ? MatterSource.INTEREST_ORGANISATION : MatterSource.SERVICE_USER,
						feedback.organisationName(), feedback.email()),
				new Who(Actor.SYSTEM, null), null, now(), today());
		return reported(null, matter).summary();
	}

	/** The form's title, or the beginning of the text's first line. */
	static String titleOf(PublicFeedback feedback) {
		if (feedback.title() != null && !feedback.title().isBlank()) {
			return feedback.title();
		}
		String text = (feedback.text() != null) ? feedback.text().strip() : "";
		String line = text.lines().findFirst().orElse("").strip();
		return (line.length() <= 80) ? line : line.substring(0, 79).strip() + "…";
	}

	private MatterView reported(SignedInStaff me, Matter matter) {
		Matter saved = this.matters.save(matter);
		this.events.publishEvent(new MatterReported(saved.steps().get(0).actor(), saved.id(), saved.category(),
				saved.source(), null, saved.version()));
		Set<UUID> conveners = new java.util.HashSet<>(this.handlers.conveners());
		if (me != null) {
			conveners.remove(me.staffId());
		}
		if (!conveners.isEmpty()) {
			this.events.publishEvent(new Notice(conveners, NOTICE_REPORTED, List.of(saved.title()), link(saved)));
		}
		return view(saved, me != null && this.handlers.handles(me));
	}

	/**
	 * A handler moves the matter on (R9); closing needs a comment, the answer the
	 * reporter sees.
	 */
	public MatterView transition(SignedInStaff me, UUID matterId, MatterStatus to, String comment,
			Integer expectedVersion) {
		Matter matter = handled(me, matterId, expectedVersion);
		int before = matter.version();
		MatterStatus from = matter.status();
		matter.moveTo(to, comment, who(me), now(), today());
		Matter saved = this.matters.save(matter);
		this.events.publishEvent(new MatterMoved(me.getUsername(), saved.id(), from, to, before, saved.version()));
		notifyReporter(saved, me.staffId(), (to == MatterStatus.CLOSED) ? NOTICE_CLOSED : NOTICE_CHANGED);
		return view(saved, true);
	}

	/** A handler's internal note: the reporter neither sees it nor is told. */
	public MatterView note(SignedInStaff me, UUID matterId, String text, Integer expectedVersion) {
		Matter matter = handled(me, matterId, expectedVersion);
		int before = matter.version();
		matter.note(text, who(me), now(), today());
		Matter saved = this.matters.save(matter);
		this.events.publishEvent(new MatterTrailExtended(me.getUsername(), saved.id(), StepKind.INTERNAL_NOTE, null,
				before, saved.version()));
		return view(saved, true);
	}

	/**
	 * Adds a step to a matter's trail for another module (meetings, the yearly cycle),
	 * which has already decided that its caller may; the reporter is told. The actor is
	 * whoever is signed in, or the system.
	 * @throws NotFoundException when there is no such matter
	 */
	public MatterSummary recordTrail(UUID matterId, TrailEntry entry) {
		Matter matter = this.matters.findById(matterId).orElseThrow(NotFoundException::new);
		int before = matter.version();
		Who who = currentWho();
		matter.extendTrail(entry, who, now(), today());
		Matter saved = this.matters.save(matter);
		this.events.publishEvent(new MatterTrailExtended(who.username(), saved.id(), entry.kind(), entry.referenceId(),
				before, saved.version()));
		notifyReporter(saved, who.staffId(), NOTICE_TRAIL);
		return saved.summary();
	}

	/** A matter as the reader may see it: handlers all, others only their own. */
	@Transactional(readOnly = true)
	public MatterView matter(SignedInStaff me, UUID matterId) {
		Matter matter = this.matters.findById(matterId).orElseThrow(NotFoundException::new);
		boolean handler = this.handlers.handles(me);
		if (!handler && !me.staffId().equals(matter.reportedBy())) {
			throw new NotFoundException();
		}
		return view(matter, handler);
	}

	/**
	 * The matters the reader may see, newest change first, filtered by status, category,
	 * source and the reporting unit (each left out when {@code null}).
	 */
	@Transactional(readOnly = true)
	public Page<MatterView.Listed> matters(SignedInStaff me, MatterFilter filter, PageRequest page) {
		UUID reporter = this.handlers.handles(me) ? null : me.staffId();
		Filter where = new Filter().and("m.status = :status", "status", name(filter.status()))
			.and("m.category = :category", "category", name(filter.category()))
			.and("m.source = :source", "source", name(filter.source()))
			.and("m.reported_by_unit_id = :unit", "unit", filter.unitId())
			.and("m.reported_by = :reporter", "reporter", reporter);
		List<MatterView.Listed> items = where
			.bind(this.jdbc.sql(LIST_SELECT + where.where() + " order by " + leadingColumn(filter, reporter)
					+ "m.changed_at desc, m.id limit :limit offset :offset"))
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(MatterManagement::listed)
			.list();
		long total = page.total(items.size(),
				() -> where.bind(this.jdbc.sql("select count(*) from matter m" + where.where()))
					.query(Long.class)
					.single());
		return new Page<>(items, page.page(), page.size(), total);
	}

	/**
	 * The list's order names the column of one of its filters first: constant under the
	 * filter, so the same order, and the first column of that filter's index (column,
	 * changed_at desc, id), which a page then reads in order and stops. PostgreSQL needs
	 * no such help; H2 reads an index in order only for an order that starts with the
	 * index's first column. The most selective filter leads: the reporter (someone who
	 * does not handle matters sees only their own), the unit, the category, the source,
	 * the status.
	 */
	private static String leadingColumn(MatterFilter filter, UUID reporter) {
		if (reporter != null) {
			return "m.reported_by, ";
		}
		if (filter.unitId() != null) {
			return "m.reported_by_unit_id, ";
		}
		if (filter.category() != null) {
			return "m.category, ";
		}
		if (filter.source() != null) {
			return "m.source, ";
		}
		return (filter.status() != null) ? "m.status, " : "";
	}

	/**
	 * The matters still open whose title contains the search (any case, {@code %} and
	 * {@code _} taken literally), newest change first, at most {@code limit}; without a
	 * search the latest changed. What a handler may link to an agenda item; anyone else
	 * links none. Closed ones are left out in the database, so that the limit counts open
	 * matters only, and a search finds an open matter however many changed since.
	 */
	@Transactional(readOnly = true)
	public List<MatterView.Listed> openMatters(SignedInStaff me, String search, int limit) {
		if (!this.handlers.handles(me)) {
			return List.of();
		}
		Filter where = new Filter().andIf(true, "m.status <> 'CLOSED'")
			.and("lower(m.title) like :pattern escape '!'", "pattern", Filter.contains(search));
		return where.bind(this.jdbc.sql(LIST_SELECT + where.where() + " order by m.changed_at desc, m.id limit :limit"))
			.param("limit", limit)
			.query(MatterManagement::listed)
			.list();
	}

	/**
	 * A matter a handler has chosen to link, as {@link #openMatters} lists it, whatever
	 * its status: a form that is shown again keeps the choice among its options, even
	 * when the matter is not among those listed. Empty for anyone else, as for an unknown
	 * id.
	 */
	@Transactional(readOnly = true)
	public Optional<MatterView.Listed> linkable(SignedInStaff me, UUID matterId) {
		if (matterId == null || !this.handlers.handles(me)) {
			return Optional.empty();
		}
		return this.jdbc.sql(LIST_SELECT + " where m.id = :id")
			.param("id", matterId)
			.query(MatterManagement::listed)
			.optional();
	}

	/** Whether the staff member handles matters (a convener or steering-group member). */
	@Transactional(readOnly = true)
	public boolean handles(SignedInStaff me) {
		return this.handlers.handles(me);
	}

	/**
	 * How many matters wait for the handlers — reported or under analysis — if the staff
	 * member of that standing in the steering group is one; nothing for the others.
	 */
	@Transactional(readOnly = true)
	public OptionalLong waitingFor(SteeringGroup.Standing standing) {
		if (!this.handlers.handles(standing)) {
			return OptionalLong.empty();
		}
		return OptionalLong
			.of(this.jdbc.sql("select count(*) from matter where status in ('REPORTED', 'UNDER_ANALYSIS')")
				.query(Long.class)
				.single());
	}

	/** A matter by id, for other modules. */
	@Transactional(readOnly = true)
	public Optional<MatterSummary> summary(UUID matterId) {
		return this.jdbc.sql("select id, title, status, category from matter where id = :id")
			.param("id", matterId)
			.query(MatterManagement::summary)
			.optional();
	}

	/** The titles of those matters, by id; ids not found are left out. */
	@Transactional(readOnly = true)
	public Map<UUID, String> titles(Collection<UUID> matterIds) {
		Map<UUID, String> titles = new HashMap<>();
		if (!matterIds.isEmpty()) {
			this.jdbc.sql("select id, title from matter where id in (:ids)").param("ids", matterIds).query((rs) -> {
				titles.put(rs.getObject("id", UUID.class), rs.getString("title"));
			});
		}
		return titles;
	}

	/** The prioritised matters, ready for the activity plan, oldest first. */
	@Transactional(readOnly = true)
	public List<MatterSummary> prioritised() {
		return this.jdbc
			.sql("select id, title, status, category from matter where status = 'PRIORITISED' "
					+ "order by reported_at, id")
			.query(MatterManagement::summary)
			.list();
	}

	/**
	 * How many matters reported in a year are of each category and status, for the annual
	 * report; deviations (R16) are those of {@link MatterCategory#DEVIATION}.
	 */
	@Transactional(readOnly = true)
	public List<MatterCount> countsForYear(int year) {
		CalendarYear bounds = CalendarYear.of(year, this.clock.getZone());
		return this.jdbc.sql("""
				select category, status, count(*) as n from matter
				where reported_at >= :from and reported_at < :to
				group by category, status order by category, status
				""")
			.param("from", bounds.from())
			.param("to", bounds.to())
			.query((rs, row) -> new MatterCount(MatterCategory.valueOf(rs.getString("category")),
					MatterStatus.valueOf(rs.getString("status")), rs.getLong("n")))
			.list();
	}

	/** How many deviations were reported in a year (R16). */
	@Transactional(readOnly = true)
	public long deviationsInYear(int year) {
		return countsForYear(year).stream()
			.filter((count) -> count.category() == MatterCategory.DEVIATION)
			.mapToLong(MatterCount::count)
			.sum();
	}

	private Matter handled(SignedInStaff me, UUID matterId, Integer expectedVersion) {
		Matter matter = this.matters.findById(matterId).orElseThrow(NotFoundException::new);
		if (!this.handlers.handles(me)) {
			if (me.staffId().equals(matter.reportedBy())) {
				throw new DomainException(ErrorCode.FORBIDDEN, "error.matter.handlers-only");
			}
			throw new NotFoundException();
		}
		StaleVersionException.check(expectedVersion, matter.version());
		return matter;
	}

	private void notifyReporter(Matter matter, UUID actorStaffId, String key) {
		if (matter.reportedBy() != null && !matter.reportedBy().equals(actorStaffId)) {
			this.events
				.publishEvent(new Notice(Set.of(matter.reportedBy()), key, List.of(matter.title()), link(matter)));
		}
	}

	private MatterView view(Matter matter, boolean handler) {
		Set<UUID> named = new HashSet<>();
		named.add(matter.reportedBy());
		matter.steps().forEach((step) -> named.add(step.actorStaffId()));
		named.remove(null);
		Map<UUID, String> names = this.directory.displayNames(named);
		java.util.function.Function<UUID, String> nameOf = (id) -> (id != null) ? names.get(id) : null;
		List<MatterView.Step> steps = matter.steps()
			.stream()
			.filter((step) -> handler || step.kind().visibleToReporter())
			.map((step) -> new MatterView.Step(step.kind(), step.fromStatus(), step.toStatus(), step.text(),
					step.referenceId(), step.referenceTitle(), step.referenceDate(), nameOf.apply(step.actorStaffId()),
					step.at()))
			.toList();
		String unitName = Optional.ofNullable(matter.reportedByUnitId())
			.flatMap(this.directory::unit)
			.map(UnitView::name)
			.orElse(null);
		return new MatterView(matter.id(), matter.title(), matter.description(), matter.category(), matter.source(),
				matter.status(), matter.reportedBy(), nameOf.apply(matter.reportedBy()), matter.reportedByUnitId(),
				unitName, matter.organisationName(), matter.answer(), matter.reportedAt(), matter.changedAt(), steps,
				matter.version(), handler);
	}

	private static Who who(SignedInStaff me) {
		return new Who(me.getUsername(), me.staffId());
	}

	private static Who currentWho() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		UUID staffId = (authentication != null && authentication.getPrincipal() instanceof StaffIdentity identity)
				? identity.staffId() : null;
		return new Who(Actor.current(), staffId);
	}

	private static String link(Matter matter) {
		return "/matters/" + matter.id();
	}

	private static String name(Enum<?> value) {
		return (value != null) ? value.name() : null;
	}

	private Instant now() {
		return this.clock.instant();
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private static MatterSummary summary(ResultSet rs, int row) throws SQLException {
		return new MatterSummary(rs.getObject("id", UUID.class), rs.getString("title"),
				MatterStatus.valueOf(rs.getString("status")), MatterCategory.valueOf(rs.getString("category")));
	}

	private static MatterView.Listed listed(ResultSet rs, int row) throws SQLException {
		return new MatterView.Listed(rs.getObject("id", UUID.class), rs.getString("title"),
				MatterCategory.valueOf(rs.getString("category")), MatterSource.valueOf(rs.getString("source")),
				MatterStatus.valueOf(rs.getString("status")), rs.getString("unit_name"),
				rs.getString("organisation_name"), rs.getObject("reported_at", OffsetDateTime.class).toInstant(),
				rs.getObject("changed_at", OffsetDateTime.class).toInstant(), rs.getInt("version"));
	}

	/** What a signed-in reporter writes. */
	public record ReportMatter(String title, String description, MatterCategory category, MatterSource source) {
	}

	/**
	 * What the public form sends: an optional organisation name, a title (the form may
	 * make one from the text), the text and an optional address for an answer.
	 */
	public record PublicFeedback(String organisationName, String title, String text, String email) {
	}

	/** The conditions of a list of matters; {@code null} leaves one out. */
	public record MatterFilter(MatterStatus status, MatterCategory category, MatterSource source, UUID unitId) {

		public static MatterFilter none() {
			return new MatterFilter(null, null, null, null);
		}

	}

}

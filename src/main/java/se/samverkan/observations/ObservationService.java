package se.samverkan.observations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.notification.Notice;
import se.samverkan.organisation.Directory;
import se.samverkan.organisation.Directory.StaffView;
import se.samverkan.organisation.Directory.UnitView;
import se.samverkan.organisation.SignedInStaff;
import se.samverkan.organisation.StaffFunction;
import se.samverkan.shared.DomainException;
import se.samverkan.shared.ErrorCode;
import se.samverkan.shared.NotFoundException;
import se.samverkan.shared.Page;
import se.samverkan.shared.PageRequest;
import se.samverkan.shared.StaleVersionException;

import static se.samverkan.shared.Timestamps.instant;

/**
 * Collegial observation (R21).
 * <ul>
 * <li>Any staff member with a nearest manager asks to observe a unit of the agreement's
 * parties other than their own.</li>
 * <li>Only the requester's nearest manager approves; only a manager (function
 * {@code MANAGER}) of the host unit accepts and schedules; only the visitor completes,
 * with a reflection, once the day has come.</li>
 * <li>Both managers — the nearest manager and the host unit's managers — and the visitor
 * are told at each step (not the one who took it).</li>
 * <li>The requester, their nearest manager and the host unit's managers see the request;
 * to anyone else it does not exist.</li>
 * </ul>
 */
@Service
@Transactional
public class ObservationService {

	static final String LINK = "/observations/";

	/** A request with its requester ({@code s}) as {@link Listed} reads it. */
	private static final String LISTED_SELECT = """
			select o.id, o.requester_id, o.requester_unit_id, o.host_unit_id, o.purpose, o.wished_from, o.wished_to,
			       o.status, o.requested_at, o.approved_by, o.approved_at, o.accepted_by, o.accepted_at,
			       o.scheduled_on, o.reflection, o.completed_at, o.version,
			       s.nearest_manager_id, s.unit_id as requester_current_unit_id
			""";

	private final Observations observations;

	private final Directory directory;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	ObservationService(Observations observations, Directory directory, JdbcClient jdbc, Clock clock,
			ApplicationEventPublisher events) {
		this.observations = observations;
		this.directory = directory;
		this.jdbc = jdbc;
		this.clock = clock;
		this.events = events;
	}

	public ObservationView request(SignedInStaff me, RequestObservation command) {
		UnitView host = Optional.ofNullable(command.hostUnitId())
			.flatMap(this.directory::unit)
			.filter(UnitView::active)
			.filter(UnitView::agreementParty)
			.orElseThrow(() -> new DomainException(ErrorCode.VALIDATION_FAILED, "error.observation.host-unknown"));
		StaffView requester = this.directory.staffMember(me.staffId()).orElseThrow(NotFoundException::new);
		if (requester.nearestManagerId() == null) {
			throw new DomainException(ErrorCode.VALIDATION_FAILED, "error.observation.no-nearest-manager");
		}
		Observation observation = this.observations.save(Observation.request(me.staffId(), me.unit().id(), host.id(),
				command.purpose(), command.wishedFrom(), command.wishedTo(), this.clock.instant(), today()));
		return changed(me, observation, null, "notice.observation.requested");
	}

	/** The requester's nearest manager approves. */
	public ObservationView approve(SignedInStaff me, UUID id, Integer expectedVersion) {
		Observation observation = visible(me, id);
		if (!isNearestManager(me, observation)) {
			throw new DomainException(ErrorCode.FORBIDDEN, "error.observation.nearest-manager-only");
		}
		int before = checked(observation, expectedVersion);
		observation.approve(me.staffId(), this.clock.instant());
		return changed(me, this.observations.save(observation), before, "notice.observation.approved");
	}

	/** A manager of the host unit accepts and schedules the visit. */
	public ObservationView accept(SignedInStaff me, UUID id, LocalDate scheduledOn, Integer expectedVersion) {
		Observation observation = visible(me, id);
		if (!isHostManager(me, observation)) {
			throw new DomainException(ErrorCode.FORBIDDEN, "error.observation.host-manager-only");
		}
		int before = checked(observation, expectedVersion);
		observation.accept(me.staffId(), scheduledOn, this.clock.instant(), today());
		return changed(me, this.observations.save(observation), before, "notice.observation.scheduled");
	}

	/** The visitor records a reflection when the visit is done. */
	public ObservationView complete(SignedInStaff me, UUID id, String reflection, Integer expectedVersion) {
		Observation observation = visible(me, id);
		if (!me.staffId().equals(observation.requesterId())) {
			throw new DomainException(ErrorCode.FORBIDDEN, "error.observation.visitor-only");
		}
		int before = checked(observation, expectedVersion);
		observation.complete(reflection, this.clock.instant(), today());
		return changed(me, this.observations.save(observation), before, "notice.observation.completed");
	}

	/** One request as the reader sees it: three statements. */
	@Transactional(readOnly = true)
	public ObservationView observation(SignedInStaff me, UUID id) {
		Listed row = this.jdbc
			.sql(LISTED_SELECT + " from observation o join staff s on s.id = o.requester_id where o.id = :id")
			.param("id", id)
			.query(ObservationService::listed)
			.optional()
			.filter((listed) -> takesPart(me, listed.observation(), listed.nearestManagerId()))
			.orElseThrow(NotFoundException::new);
		return views(me, List.of(row)).get(0);
	}

	/**
	 * The requests the reader takes part in: their own, those they approve as nearest
	 * manager, and those to their unit when they are its manager; newest first. Four
	 * statements however long the page (issue 7): its count, its rows with each
	 * requester's nearest manager and unit, the names of the staff and those of the
	 * units.
	 */
	@Transactional(readOnly = true)
	public Page<ObservationView> observations(SignedInStaff me, PageRequest page) {
		boolean hostManager = me.holds(StaffFunction.MANAGER);
		long total = this.jdbc.sql("select count(*) from (" + taking(hostManager, "", "") + ") mine")
			.param("me", me.staffId())
			.param("unit", me.unit().id())
			.query(Long.class)
			.single();
		String top = " order by o.requested_at desc, o.id limit :top";
		List<Listed> rows = this.jdbc
			.sql(LISTED_SELECT + " from (" + taking(hostManager, "(", top + ")") + ") mine"
					+ " join observation o on o.id = mine.id join staff s on s.id = o.requester_id"
					+ " order by o.requested_at desc, o.id limit :limit offset :offset")
			.param("me", me.staffId())
			.param("unit", me.unit().id())
			.param("top", page.offset() + page.size())
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(ObservationService::listed)
			.list();
		return new Page<>(views(me, rows), page.page(), page.size(), total);
	}

	/**
	 * The ids of the requests the reader takes part in, one indexed branch per way of
	 * taking part, each branch in parentheses and followed by {@code after} (a page's
	 * branches stop at its end): a condition on both the request and its requester's
	 * nearest manager could only scan every request.
	 */
	private static String taking(boolean hostManager, String before, String after) {
		String requester = before + "select o.id, o.requested_at from observation o where o.requester_id = :me" + after;
		String nearestManager = before + "select o.id, o.requested_at from observation o"
				+ " join staff s on s.id = o.requester_id where s.nearest_manager_id = :me" + after;
		String host = before + "select o.id, o.requested_at from observation o where o.host_unit_id = :unit" + after;
		return requester + " union " + nearestManager + (hostManager ? " union " + host : "");
	}

	/** How many requests wait for the reader's approval or acceptance. */
	@Transactional(readOnly = true)
	public long waitingFor(SignedInStaff me) {
		// what the views' mayApprove and mayAccept say, counted in SQL (start page): one
		// indexed count per step, which no request waits at both
		String toApprove = """
				select count(*) from observation o join staff s on s.id = o.requester_id
				where s.nearest_manager_id = :me and o.status = 'REQUESTED'
				""";
		String toAccept = "select count(*) from observation o where o.host_unit_id = :unit and o.status = 'APPROVED'";
		return this.jdbc
			.sql("select (" + toApprove + ")" + (me.holds(StaffFunction.MANAGER) ? " + (" + toAccept + ")" : "")
					+ " as waiting")
			.param("me", me.staffId())
			.param("unit", me.unit().id())
			.query(Long.class)
			.single();
	}

	private Observation visible(SignedInStaff me, UUID id) {
		Observation observation = this.observations.findById(id).orElseThrow(NotFoundException::new);
		if (!takesPart(me, observation, nearestManagerOf(observation.requesterId()))) {
			throw new NotFoundException();
		}
		return observation;
	}

	private boolean takesPart(SignedInStaff me, Observation observation, UUID nearestManagerId) {
		return me.staffId().equals(observation.requesterId()) || me.staffId().equals(nearestManagerId)
				|| isHostManager(me, observation);
	}

	private static int checked(Observation observation, Integer expectedVersion) {
		StaleVersionException.check(expectedVersion, observation.version());
		return observation.version();
	}

	private boolean isNearestManager(SignedInStaff me, Observation observation) {
		return me.staffId().equals(nearestManagerOf(observation.requesterId()));
	}

	private UUID nearestManagerOf(UUID staffId) {
		return this.directory.staffMember(staffId).map(StaffView::nearestManagerId).orElse(null);
	}

	private boolean isHostManager(SignedInStaff me, Observation observation) {
		return me.worksIn(observation.hostUnitId()) && me.holds(StaffFunction.MANAGER);
	}

	private Set<UUID> hostManagers(UUID hostUnitId) {
		return this.directory.activeStaffIds(hostUnitId, StaffFunction.MANAGER);
	}

	private ObservationView changed(SignedInStaff me, Observation observation, Integer before, String noticeKey) {
		this.events.publishEvent(new ObservationChanged(me.getUsername(), observation.id(), observation.status(),
				before, observation.version()));
		Optional<StaffView> requester = this.directory.staffMember(observation.requesterId());
		UUID nearest = requester.map(StaffView::nearestManagerId).orElse(null);
		Set<UUID> recipients = new LinkedHashSet<>();
		if (nearest != null) {
			recipients.add(nearest);
		}
		recipients.addAll(hostManagers(observation.hostUnitId()));
		recipients.add(observation.requesterId());
		recipients.remove(me.staffId());
		if (!recipients.isEmpty()) {
			String host = this.directory.unit(observation.hostUnitId()).map(UnitView::name).orElse("");
			this.events.publishEvent(new Notice(recipients, noticeKey,
					List.of(requester.map(StaffView::displayName).orElse(""), host), LINK + observation.id()));
		}
		return views(me, List.of(new Listed(observation, nearest, requester.map(StaffView::unitId).orElse(null))))
			.get(0);
	}

	/**
	 * The requests as the reader sees them, in the order given: the names of their staff
	 * in one statement and those of their units in another, however many.
	 */
	private List<ObservationView> views(SignedInStaff me, List<Listed> rows) {
		Set<UUID> staff = new HashSet<>();
		Set<UUID> units = new HashSet<>();
		for (Listed row : rows) {
			Stream
				.of(row.observation().requesterId(), row.nearestManagerId(), row.observation().approvedBy(),
						row.observation().acceptedBy())
				.filter(Objects::nonNull)
				.forEach(staff::add);
			Stream.of(row.requesterUnitId(), row.observation().hostUnitId())
				.filter(Objects::nonNull)
				.forEach(units::add);
		}
		Map<UUID, String> names = this.directory.displayNames(staff);
		Map<UUID, String> unitNames = this.directory.unitNames(units);
		return rows.stream().map((row) -> view(me, row, names, unitNames)).toList();
	}

	private ObservationView view(SignedInStaff me, Listed row, Map<UUID, String> names, Map<UUID, String> unitNames) {
		Observation observation = row.observation();
		UUID nearest = row.nearestManagerId();
		boolean nearestManager = me.staffId().equals(nearest);
		boolean hostManager = isHostManager(me, observation);
		return new ObservationView(observation.id(), observation.requesterId(), names.get(observation.requesterId()),
				unitNames.get(row.requesterUnitId()), nearest, name(names, nearest), observation.hostUnitId(),
				unitNames.get(observation.hostUnitId()), observation.purpose(), observation.wishedFrom(),
				observation.wishedTo(), observation.status(), observation.requestedAt(),
				name(names, observation.approvedBy()), observation.approvedAt(), name(names, observation.acceptedBy()),
				observation.scheduledOn(), observation.reflection(), observation.completedAt(), observation.version(),
				nearestManager && observation.status() == ObservationStatus.REQUESTED,
				hostManager && observation.status() == ObservationStatus.APPROVED,
				me.staffId().equals(observation.requesterId()) && observation.status() == ObservationStatus.SCHEDULED
						&& !observation.scheduledOn().isAfter(today()));
	}

	private static String name(Map<UUID, String> names, UUID staffId) {
		return (staffId != null) ? names.get(staffId) : null;
	}

	private static Listed listed(ResultSet rs, int row) throws SQLException {
		return new Listed(
				new Observation(uuid(rs, "id"), uuid(rs, "requester_id"), uuid(rs, "requester_unit_id"),
						uuid(rs, "host_unit_id"), rs.getString("purpose"), date(rs, "wished_from"),
						date(rs, "wished_to"), ObservationStatus.valueOf(rs.getString("status")),
						instant(rs, "requested_at"), uuid(rs, "approved_by"), instant(rs, "approved_at"),
						uuid(rs, "accepted_by"), instant(rs, "accepted_at"), date(rs, "scheduled_on"),
						rs.getString("reflection"), instant(rs, "completed_at"), rs.getInt("version")),
				uuid(rs, "nearest_manager_id"), uuid(rs, "requester_current_unit_id"));
	}

	private static UUID uuid(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, UUID.class);
	}

	private static LocalDate date(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, LocalDate.class);
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/**
	 * A request as read for its views, with its requester's nearest manager and unit as
	 * they are now.
	 */
	private record Listed(Observation observation, UUID nearestManagerId, UUID requesterUnitId) {
	}

	/** What the requester asks for. */
	public record RequestObservation(UUID hostUnitId, String purpose, LocalDate wishedFrom, LocalDate wishedTo) {
	}

}

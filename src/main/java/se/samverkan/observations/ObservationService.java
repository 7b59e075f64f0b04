package se.samverkan.observations;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

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

	@Transactional(readOnly = true)
	public ObservationView observation(SignedInStaff me, UUID id) {
		return view(me, visible(me, id));
	}

	/**
	 * The requests the reader takes part in: their own, those they approve as nearest
	 * manager, and those to their unit when they are its manager; newest first.
	 */
	@Transactional(readOnly = true)
	public Page<ObservationView> observations(SignedInStaff me, PageRequest page) {
		String where = " from observation o join staff s on s.id = o.requester_id "
				+ "where (o.requester_id = :me or s.nearest_manager_id = :me"
				+ (me.holds(StaffFunction.MANAGER) ? " or o.host_unit_id = :unit)" : ")");
		long total = this.jdbc.sql("select count(*)" + where)
			.param("me", me.staffId())
			.param("unit", me.unit().id())
			.query(Long.class)
			.single();
		List<UUID> ids = this.jdbc
			.sql("select o.id" + where + " order by o.requested_at desc, o.id limit :limit offset :offset")
			.param("me", me.staffId())
			.param("unit", me.unit().id())
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(UUID.class)
			.list();
		List<Observation> found = this.observations.findAllById(ids);
		List<ObservationView> items = ids.stream()
			.map((id) -> found.stream().filter((o) -> o.id().equals(id)).findFirst().orElseThrow())
			.map((observation) -> view(me, observation))
			.toList();
		return new Page<>(items, page.page(), page.size(), total);
	}

	/** How many requests wait for the reader's approval or acceptance. */
	@Transactional(readOnly = true)
	public long waitingFor(SignedInStaff me) {
		// what the views' mayApprove and mayAccept say, counted in SQL (start page)
		return this.jdbc.sql("""
				select count(*) from observation o join staff s on s.id = o.requester_id
				where (s.nearest_manager_id = :me and o.status = 'REQUESTED')
				   or (:hostManager and o.host_unit_id = :unit and o.status = 'APPROVED')
				""")
			.param("me", me.staffId())
			.param("hostManager", me.holds(StaffFunction.MANAGER))
			.param("unit", me.unit().id())
			.query(Long.class)
			.single();
	}

	private Observation visible(SignedInStaff me, UUID id) {
		Observation observation = this.observations.findById(id).orElseThrow(NotFoundException::new);
		if (!me.staffId().equals(observation.requesterId()) && !isNearestManager(me, observation)
				&& !isHostManager(me, observation)) {
			throw new NotFoundException();
		}
		return observation;
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
		Set<UUID> recipients = new LinkedHashSet<>();
		UUID nearest = nearestManagerOf(observation.requesterId());
		if (nearest != null) {
			recipients.add(nearest);
		}
		recipients.addAll(hostManagers(observation.hostUnitId()));
		recipients.add(observation.requesterId());
		recipients.remove(me.staffId());
		if (!recipients.isEmpty()) {
			String requester = this.directory.staffMember(observation.requesterId())
				.map(StaffView::displayName)
				.orElse("");
			String host = this.directory.unit(observation.hostUnitId()).map(UnitView::name).orElse("");
			this.events
				.publishEvent(new Notice(recipients, noticeKey, List.of(requester, host), LINK + observation.id()));
		}
		return view(me, observation);
	}

	private ObservationView view(SignedInStaff me, Observation observation) {
		Optional<StaffView> requester = this.directory.staffMember(observation.requesterId());
		UUID nearest = requester.map(StaffView::nearestManagerId).orElse(null);
		boolean nearestManager = me.staffId().equals(nearest);
		boolean hostManager = isHostManager(me, observation);
		return new ObservationView(observation.id(), observation.requesterId(),
				requester.map(StaffView::displayName).orElse(null), requester.map(StaffView::unitName).orElse(null),
				nearest, requester.map(StaffView::nearestManagerName).orElse(null), observation.hostUnitId(),
				this.directory.unit(observation.hostUnitId()).map(UnitView::name).orElse(null), observation.purpose(),
				observation.wishedFrom(), observation.wishedTo(), observation.status(), observation.requestedAt(),
				name(observation.approvedBy()), observation.approvedAt(), name(observation.acceptedBy()),
				observation.scheduledOn(), observation.reflection(), observation.completedAt(), observation.version(),
				nearestManager && observation.status() == ObservationStatus.REQUESTED,
				hostManager && observation.status() == ObservationStatus.APPROVED,
				me.staffId().equals(observation.requesterId()) && observation.status() == ObservationStatus.SCHEDULED
						&& !observation.scheduledOn().isAfter(today()));
	}

	private String name(UUID staffId) {
		return (staffId != null) ? this.directory.staffMember(staffId).map(StaffView::displayName).orElse(null) : null;
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/** What the requester asks for. */
	public record RequestObservation(UUID hostUnitId, String purpose, LocalDate wishedFrom, LocalDate wishedTo) {
	}

}

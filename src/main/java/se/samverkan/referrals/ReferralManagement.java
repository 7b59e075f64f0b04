package se.samverkan.referrals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.individuals.Commands.StartIntervention;
import se.samverkan.individuals.IndividualsManagement;
import se.samverkan.individuals.InterventionView;
import se.samverkan.individuals.PersonView;
import se.samverkan.notification.Notice;
import se.samverkan.organisation.Directory;
import se.samverkan.organisation.Directory.UnitView;
import se.samverkan.organisation.PrincipalKind;
import se.samverkan.organisation.SignedInStaff;
import se.samverkan.organisation.UnitKind;
import se.samverkan.referrals.ReferralMove.Side;
import se.samverkan.shared.DomainException;
import se.samverkan.shared.ErrorCode;
import se.samverkan.shared.NotFoundException;
import se.samverkan.shared.Page;
import se.samverkan.shared.PageRequest;
import se.samverkan.shared.StaleVersionException;

/**
 * Referrals (R6, L2), for the pages and the API alike. Only the sending unit and — once
 * sent — the receiving unit see a referral; to everyone else it does not exist. Whether
 * the person's data may pass between the parties is the individuals module's to decide
 * (consents, R1); every read that shows the person is access-logged (L3); every move is a
 * step of {@link ReferralMove}'s machine, audited, and notified to the side that must
 * act.
 */
@Service
@Transactional
public class ReferralManagement {

	static final String NOTICE_SENT = "notice.referral.sent";

	static final String NOTICE_WITHDRAWN = "notice.referral.withdrawn";

	static final String NOTICE_DECIDED = "notice.referral.decided.";

	static final String NOTICE_RECEIVED = "notice.referral.received";

	private static final Locale SWEDISH = Locale.forLanguageTag("sv");

	private final Referrals referrals;

	private final ReferralReads reads;

	private final JdbcClient jdbc;

	private final IndividualsManagement individuals;

	private final Directory directory;

	private final OverduePolicy overdue;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	private final Clock clock;

	ReferralManagement(Referrals referrals, ReferralReads reads, JdbcClient jdbc, IndividualsManagement individuals,
			Directory directory, OverduePolicy overdue, ApplicationEventPublisher events, MessageSource messages,
			Clock clock) {
		this.referrals = referrals;
		this.reads = reads;
		this.jdbc = jdbc;
		this.individuals = individuals;
		this.directory = directory;
		this.overdue = overdue;
		this.events = events;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * Saves a draft. Municipal staff only, about a person they see, who has no ongoing
	 * BUH/VH intervention (R6); the receiving unit is BUH or VH, by age unless chosen
	 * (L2).
	 */
	public ReferralView create(SignedInStaff me, CreateReferral command) {
		return create(me, command, this.clock.instant());
	}

	ReferralView create(SignedInStaff me, CreateReferral command, Instant now) {
		PersonView person = visiblePerson(me, command.personId());
		if (me.principal().kind() != PrincipalKind.MUNICIPALITY) {
			throw new DomainException(ErrorCode.FORBIDDEN, "error.referral.municipal-staff-only");
		}
		if (this.individuals.hasOngoingHabilitation(person.id())) {
			throw new DomainException(ErrorCode.ONGOING_HABILITATION, "error.referral.ongoing-habilitation");
		}
		UnitView to = (command.toUnitId() != null) ? habilitationUnit(command.toUnitId()) : suggestedUnit(person)
			.orElseThrow(() -> new DomainException(ErrorCode.VALIDATION_FAILED, "error.referral.to-unit-unknown"));
		Referral referral = Referral.draft(person.id(), me.unit().id(), to.id(), me.staffId(), command.reason(),
				command.question(), command.urgency(), now);
		Referral saved = this.referrals.save(referral);
		this.events.publishEvent(new ReferralDrafted(me.getUsername(), saved.id(), saved.personId(), saved.fromUnitId(),
				saved.toUnitId(), null, saved.version()));
		this.individuals.recordReferralRead(me, person.id());
		return view(me, saved, Map.of(person.id(), person), now);
	}

	/**
	 * Sends a draft: refused while the person has an ongoing BUH/VH intervention (R6) and
	 * without an active consent covering the sending and the receiving principal (R1); it
	 * then stays a draft. Both units become involved with the person.
	 */
	public ReferralView send(SignedInStaff me, UUID id, Integer expectedVersion) {
		return send(me, id, expectedVersion, this.clock.instant());
	}

	ReferralView send(SignedInStaff me, UUID id, Integer expectedVersion, Instant now) {
		Referral referral = forMove(me, id, ReferralMove.SEND, expectedVersion);
		if (this.individuals.hasOngoingHabilitation(referral.personId())) {
			throw new DomainException(ErrorCode.ONGOING_HABILITATION, "error.referral.ongoing-habilitation");
		}
		this.individuals.involveThroughReferral(me, referral.personId(), referral.fromUnitId(), referral.toUnitId());
		int before = referral.version();
		referral.send(me.staffId(), now);
		Referral saved = this.referrals.save(referral);
		this.events.publishEvent(new ReferralSent(me.getUsername(), saved.id(), saved.personId(), saved.fromUnitId(),
				saved.toUnitId(), before, saved.version()));
		notifyUnit(saved.toUnitId(), NOTICE_SENT + "." + saved.urgency().name(), saved);
		return read(me, saved, now);
	}

	/** The receiving unit acknowledges receipt. */
	public ReferralView receive(SignedInStaff me, UUID id, Integer expectedVersion) {
		return receive(me, id, expectedVersion, this.clock.instant());
	}

	ReferralView receive(SignedInStaff me, UUID id, Integer expectedVersion, Instant now) {
		Referral referral = forMove(me, id, ReferralMove.RECEIVE, expectedVersion);
		int before = referral.version();
		referral.receive(me.staffId(), now);
		Referral saved = this.referrals.save(referral);
		this.events.publishEvent(new ReferralReceived(me.getUsername(), saved.id(), saved.personId(),
				saved.fromUnitId(), saved.toUnitId(), before, saved.version()));
		notifySender(saved, NOTICE_RECEIVED);
		return read(me, saved, now);
	}

	/**
	 * The receiving unit accepts — which opens an ongoing intervention at that unit — or
	 * declines, with a reason.
	 */
	public ReferralView decide(SignedInStaff me, UUID id, Outcome outcome, String comment, Integer expectedVersion) {
		return decide(me, id, outcome, comment, expectedVersion, this.clock.instant());
	}

	ReferralView decide(SignedInStaff me, UUID id, Outcome outcome, String comment, Integer expectedVersion,
			Instant now) {
		if (outcome == null) {
			throw new DomainException(ErrorCode.VALIDATION_FAILED, "error.referral.outcome-required");
		}
		Referral referral = forMove(me, id, outcome.move(), expectedVersion);
		int before = referral.version();
		referral.decide(outcome, comment, me.staffId(), now);
		if (outcome == Outcome.ACCEPTED) {
			requireConsentToAccept(referral);
			InterventionView intervention = this.individuals.startIntervention(me, referral.personId(),
					new StartIntervention(referral.toUnitId(),
							this.messages.getMessage("referral.intervention.title", null, SWEDISH), me.staffId(),
							LocalDate.ofInstant(now, this.clock.getZone()), null));
			referral.openedIntervention(intervention.id());
		}
		Referral saved = this.referrals.save(referral);
		if (outcome == Outcome.ACCEPTED) {
			this.events.publishEvent(new ReferralAccepted(me.getUsername(), saved.id(), saved.personId(),
					saved.fromUnitId(), saved.toUnitId(), before, saved.version()));
		}
		else {
			this.events.publishEvent(new ReferralDeclined(me.getUsername(), saved.id(), saved.personId(),
					saved.fromUnitId(), saved.toUnitId(), before, saved.version()));
		}
		notifySender(saved, NOTICE_DECIDED + outcome.name());
		return read(me, saved, now);
	}

	/** The sending unit withdraws it before a decision. */
	public ReferralView withdraw(SignedInStaff me, UUID id, Integer expectedVersion) {
		return withdraw(me, id, expectedVersion, this.clock.instant());
	}

	ReferralView withdraw(SignedInStaff me, UUID id, Integer expectedVersion, Instant now) {
		Referral referral = forMove(me, id, ReferralMove.WITHDRAW, expectedVersion);
		boolean wasSent = referral.status() != ReferralStatus.DRAFT;
		int before = referral.version();
		referral.withdraw(me.staffId(), now);
		Referral saved = this.referrals.save(referral);
		this.events.publishEvent(new ReferralWithdrawn(me.getUsername(), saved.id(), saved.personId(),
				saved.fromUnitId(), saved.toUnitId(), before, saved.version()));
		if (wasSent) {
			notifyUnit(saved.toUnitId(), NOTICE_WITHDRAWN, saved);
		}
		return read(me, saved, now);
	}

	/**
	 * One referral, for its sending unit and (once sent) its receiving unit; else 404.
	 */
	public ReferralView one(SignedInStaff me, UUID id) {
		Referral referral = seen(me, id);
		return read(me, referral, this.clock.instant());
	}

	/**
	 * The unit's inbox (referrals sent to it) or outbox (referrals it wrote), newest
	 * first, optionally of one status or only the overdue ones.
	 */
	@Transactional
	public Page<ReferralView> box(SignedInStaff me, Box box, ReferralStatus status, boolean overdueOnly,
			PageRequest page) {
		Instant now = this.clock.instant();
		// The inbox holds what was sent to the unit (a draft withdrawn
		// unsent never reached it), newest first in the order of
		// referral_inbox_idx; the outbox what the unit wrote, newest sent
		// (or written, if unsent) first in the order of referral_outbox_idx:
		// a page stops after its rows. The order names the unit, constant
		// here, as the index does: H2 reads an index in order only for an
		// order by that starts with the index's first column.
		StringBuilder where = new StringBuilder(
				(box == Box.INBOX) ? "r.to_unit_id = :unit and r.sent_at is not null" : "r.from_unit_id = :unit");
		String order = (box == Box.INBOX) ? "r.to_unit_id, r.sent_at desc, r.id"
				: "r.from_unit_id, r.outbox_at desc, r.id";
		Map<String, Object> params = new HashMap<>();
		params.put("unit", me.unit().id());
		if (status != null) {
			if (box == Box.INBOX && status == ReferralStatus.DRAFT) {
				return new Page<>(List.of(), page.page(), page.size(), 0);
			}
			where.append(" and r.status = :status");
			params.put("status", status.name());
		}
		if (overdueOnly) {
			where.append(" and ").append(OverduePolicy.SQL);
			params.putAll(this.overdue.parameters(now));
		}
		List<UUID> ids = this.jdbc
			.sql("select r.id from referral r where " + where + " order by " + order + " limit :limit offset :offset")
			.params(params)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(UUID.class)
			.list();
		long total = page.total(ids.size(),
				() -> this.jdbc.sql("select count(*) from referral r where " + where)
					.params(params)
					.query(Long.class)
					.single());
		List<Referral> found = this.reads.byIds(ids);
		Map<UUID, PersonView> persons = this.individuals.visiblePersons(me,
				found.stream().map(Referral::personId).collect(Collectors.toSet()));
		this.individuals.recordReferralReads(me, persons.keySet());
		Map<UUID, UnitView> units = unitsOf(found);
		Names names = namesOf(found);
		List<ReferralView> items = found.stream()
			.map((referral) -> view(me, referral, persons, now, units, names))
			.toList();
		return new Page<>(items, page.page(), page.size(), total);
	}

	/**
	 * What the start page and the boxes count for the caller's unit: in one statement,
	 * each count over its own index.
	 */
	@Transactional(readOnly = true)
	public Counts counts(SignedInStaff me) {
		return this.jdbc
			.sql("select (select count(*) from referral r where r.to_unit_id = :unit and r.status = 'SENT')"
					+ " as inbox_new, (select count(*) from referral r where r.to_unit_id = :unit and "
					+ OverduePolicy.SQL
					+ ") as inbox_overdue, (select count(*) from referral r where r.from_unit_id = :unit and "
					+ OverduePolicy.SQL + ") as outbox_overdue")
			.param("unit", me.unit().id())
			.params(this.overdue.parameters(this.clock.instant()))
			.query((rs, n) -> new Counts(rs.getLong("inbox_new"), rs.getLong("inbox_overdue"),
					rs.getLong("outbox_overdue")))
			.single();
	}

	/**
	 * What the form for a new referral needs to tell the user before they try: whether
	 * they may write one, whether the person has an ongoing BUH/VH intervention (then the
	 * way is collaboration, R6), the units it may go to with the one suggested by age
	 * (L2), and which of them an active consent covers together with the caller's
	 * principal.
	 */
	@Transactional
	public Advice advise(SignedInStaff me, UUID personId) {
		PersonView person = visiblePerson(me, personId);
		this.individuals.recordReferralRead(me, personId);
		List<UnitView> habilitation = this.directory.activeUnits(UnitKind.HABILITATION)
			.stream()
			.sorted(Comparator.comparing(UnitView::name))
			.toList();
		Set<UUID> sharing = this.individuals.principalsSharingWith(personId, me.principal().id(),
				habilitation.stream().map(UnitView::principalId).collect(Collectors.toSet()));
		Set<UUID> consented = habilitation.stream()
			.filter((unit) -> sharing.contains(unit.principalId()))
			.map(UnitView::id)
			.collect(Collectors.toSet());
		return new Advice(person, me.principal().kind() == PrincipalKind.MUNICIPALITY,
				this.individuals.hasOngoingHabilitation(personId), habilitation,
				suggestedUnit(person).map(UnitView::id).orElse(null), consented);
	}

	/**
	 * When the newest referrals about a person that the caller's unit is a side of stand
	 * on the timeline, newest first, at most {@code limit}: times only, no read of a
	 * referral (the person page places its page with them).
	 */
	@Transactional(readOnly = true)
	public List<Instant> timesOnTimeline(SignedInStaff me, PersonView person, int limit) {
		return this.reads.timesOnTimeline(person.id(), me.unit().id(), limit);
	}

	/**
	 * The referrals about a person that the caller's unit is a side of, in the order of
	 * {@link #timesOnTimeline}, from {@code offset} on, at most {@code limit}; their read
	 * is logged (L3) only if there are any. The person is as the caller sees them: the
	 * person page has tested that already.
	 */
	@Transactional
	public List<ReferralView> ofPerson(SignedInStaff me, PersonView person, long offset, int limit) {
		Instant now = this.clock.instant();
		List<Referral> mine = this.reads.onTimeline(person.id(), me.unit().id(), offset, limit);
		if (mine.isEmpty()) {
			return List.of();
		}
		Map<UUID, PersonView> persons = Map.of(person.id(), person);
		this.individuals.recordReferralRead(me, person.id());
		Map<UUID, UnitView> units = unitsOf(mine);
		Names names = namesOf(mine);
		return mine.stream().map((referral) -> view(me, referral, persons, now, units, names)).toList();
	}

	// --- helpers ---

	private PersonView visiblePerson(SignedInStaff me, UUID personId) {
		if (personId == null) {
			throw new DomainException(ErrorCode.VALIDATION_FAILED, "error.referral.person-required");
		}
		PersonView person = this.individuals.visiblePersons(me, Set.of(personId)).get(personId);
		if (person == null) {
			throw new NotFoundException();
		}
		return person;
	}

	/** The referral when the caller's unit is one of its sides; else "not found". */
	private Referral seen(SignedInStaff me, UUID id) {
		return this.referrals.findById(id)
			.filter((referral) -> referral.sideOf(me.unit().id()) != null)
			.orElseThrow(NotFoundException::new);
	}

	/**
	 * The referral for a move: seen by the caller, on the side that makes the move, at
	 * the version the caller saw, in a status the machine moves from.
	 */
	private Referral forMove(SignedInStaff me, UUID id, ReferralMove move, Integer expectedVersion) {
		Referral referral = seen(me, id);
		if (referral.sideOf(me.unit().id()) != move.side()) {
			throw new DomainException(ErrorCode.FORBIDDEN,
					(move.side() == Side.SENDER) ? "error.referral.sender-only" : "error.referral.receiver-only");
		}
		StaleVersionException.check(expectedVersion, referral.version());
		move.from(referral.status());
		return referral;
	}

	private void requireConsentToAccept(Referral referral) {
		if (!this.individuals.mayShareThroughReferral(referral.personId(), referral.fromUnitId(),
				referral.toUnitId())) {
			throw new DomainException(ErrorCode.CONSENT_REQUIRED, "error.referral.consent-required-to-accept");
		}
	}

	private UnitView habilitationUnit(UUID unitId) {
		return this.directory.unit(unitId)
			.filter((unit) -> unit.active() && (unit.kind() == UnitKind.BUH || unit.kind() == UnitKind.VH))
			.orElseThrow(() -> new DomainException(ErrorCode.VALIDATION_FAILED, "error.referral.to-unit-unknown"));
	}

	/** BUH under the adult age, VH from it (L2): the person's suggested habilitation. */
	private Optional<UnitView> suggestedUnit(PersonView person) {
		return this.directory.activeUnits(Set.of(person.suggestedHabilitationUnit()))
			.stream()
			.sorted(Comparator.comparing((UnitView unit) -> !unit.agreementParty()).thenComparing(UnitView::name))
			.findFirst();
	}

	private ReferralView read(SignedInStaff me, Referral referral, Instant now) {
		Map<UUID, PersonView> persons = this.individuals.visiblePersons(me, Set.of(referral.personId()));
		if (!persons.isEmpty()) {
			this.individuals.recordReferralRead(me, referral.personId());
		}
		return view(me, referral, persons, now);
	}

	private ReferralView view(SignedInStaff me, Referral referral, Map<UUID, PersonView> persons, Instant now) {
		return view(me, referral, persons, now, unitsOf(List.of(referral)), namesOf(List.of(referral)));
	}

	private ReferralView view(SignedInStaff me, Referral referral, Map<UUID, PersonView> persons, Instant now,
			Map<UUID, UnitView> units, Names names) {
		PersonView person = persons.get(referral.personId());
		boolean hidden = person == null;
		Side side = referral.sideOf(me.unit().id());
		UnitView to = units.get(referral.toUnitId());
		List<ReferralView.Step> history = new ArrayList<>();
		for (ReferralStep step : referral.steps()) {
			history.add(new ReferralView.Step(step.status(), step.at(), step.staffId(), names.of(step.staffId()),
					step.unitId(), Optional.ofNullable(units.get(step.unitId())).map(UnitView::name).orElse(null),
					hidden ? null : step.comment()));
		}
		Long days = null;
		if (referral.sentAt() != null) {
			Instant until = (referral.closedAt() != null) ? referral.closedAt() : now;
			days = ChronoUnit.DAYS.between(LocalDate.ofInstant(referral.sentAt(), this.clock.getZone()),
					LocalDate.ofInstant(until, this.clock.getZone()));
		}
		return new ReferralView(referral.id(), referral.personId(), person, hidden, referral.fromUnitId(),
				Optional.ofNullable(units.get(referral.fromUnitId())).map(UnitView::name).orElse(null),
				referral.toUnitId(), (to != null) ? to.name() : null, (to != null) ? to.kind() : null,
				referral.createdByStaffId(), names.of(referral.createdByStaffId()), hidden ? null : referral.reason(),
				hidden ? null : referral.question(), referral.urgency(), referral.status(), referral.createdAt(),
				referral.sentAt(), referral.receivedAt(), referral.decidedAt(), referral.withdrawnAt(),
				hidden ? null : referral.decisionComment(), referral.interventionId(), days,
				this.overdue.isOverdue(referral.status(), referral.urgency(), referral.sentAt(), now),
				this.overdue.dueAt(referral.status(), referral.urgency(), referral.sentAt()), side,
				(side != null) ? ReferralMove.available(referral.status(), side) : Set.of(), history,
				referral.version());
	}

	private void notifyUnit(UUID unitId, String key, Referral referral) {
		Set<UUID> staff = staffOf(unitId);
		if (!staff.isEmpty()) {
			this.events.publishEvent(
					new Notice(staff, key, List.of(unitName(referral.fromUnitId())), "/referrals/" + referral.id()));
		}
	}

	private void notifySender(Referral referral, String key) {
		Set<UUID> recipients = new HashSet<>();
		recipients.add(referral.createdByStaffId());
		if (referral.sentByStaffId() != null) {
			recipients.add(referral.sentByStaffId());
		}
		this.events.publishEvent(
				new Notice(recipients, key, List.of(unitName(referral.toUnitId())), "/referrals/" + referral.id()));
	}

	Set<UUID> staffOf(UUID unitId) {
		return this.directory.activeStaffIds(unitId);
	}

	String unitName(UUID unitId) {
		return this.directory.unit(unitId).map(UnitView::name).orElse("");
	}

	/** The units the referrals name: sender, receiver and those of their steps. */
	private Map<UUID, UnitView> unitsOf(Collection<Referral> referrals) {
		Set<UUID> ids = new HashSet<>();
		for (Referral referral : referrals) {
			ids.add(referral.fromUnitId());
			ids.add(referral.toUnitId());
			referral.steps().forEach((step) -> ids.add(step.unitId()));
		}
		ids.remove(null);
		return this.directory.units(ids);
	}

	/**
	 * The names of the staff the referrals name: their writers and those of their steps.
	 */
	private Names namesOf(Collection<Referral> referrals) {
		Set<UUID> ids = new HashSet<>();
		for (Referral referral : referrals) {
			ids.add(referral.createdByStaffId());
			referral.steps().forEach((step) -> ids.add(step.staffId()));
		}
		ids.remove(null);
		return new Names(this.directory.displayNames(ids));
	}

	/** Staff names read in one statement for a view. */
	private record Names(Map<UUID, String> names) {

		String of(UUID staffId) {
			return (staffId != null) ? this.names.get(staffId) : null;
		}

	}

	/** Which box: the referrals sent to the unit, or those it wrote. */
	public enum Box {

		INBOX, OUTBOX

	}

	/**
	 * The start page's counts: new referrals in the unit's inbox, and overdue ones in its
	 * inbox and outbox.
	 */
	public record Counts(long inboxNew, long inboxOverdue, long outboxOverdue) {
	}

	/** What the form for a new referral tells the user before they try. */
	public record Advice(PersonView person, boolean mayWrite, boolean ongoingHabilitation, List<UnitView> units,
			UUID suggestedUnitId, Set<UUID> consentedUnitIds) {

		public Advice {
			units = List.copyOf(units);
			consentedUnitIds = Set.copyOf(consentedUnitIds);
		}

		public boolean consentCovers(UUID unitId) {
			return unitId != null && this.consentedUnitIds.contains(unitId);
		}

		/** The name of the unit the referral goes to unless the user changes it. */
		public String suggestedUnitName() {
			return this.units.stream()
				.filter((unit) -> unit.id().equals(this.suggestedUnitId))
				.map(UnitView::name)
				.findFirst()
				.orElse(null);
		}

	}

}

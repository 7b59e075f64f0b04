package se.samverkan.individuals;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.individuals.Commands.SendRoleClarification;
import se.samverkan.individuals.IndividualsManagement.Visible;
import se.samverkan.individuals.VisibilityPolicy.Circle;
import se.samverkan.individuals.VisibilityPolicy.Viewer;
import se.samverkan.notification.Notice;
import se.samverkan.organisation.Directory;
import se.samverkan.organisation.Directory.StaffView;
import se.samverkan.organisation.Directory.UnitView;
import se.samverkan.organisation.SignedInStaff;
import se.samverkan.shared.DomainException;
import se.samverkan.shared.ErrorCode;
import se.samverkan.shared.NotFoundException;
import se.samverkan.shared.Page;
import se.samverkan.shared.PageRequest;

/**
 * Role clarifications (R5). Who may see the person, and whether information may pass
 * between the principals involved, is decided by {@link IndividualsManagement} and the
 * {@link VisibilityPolicy} as for every other read and write about a person; every read
 * is access-logged (L3).
 * <ul>
 * <li>The sender must see the person; each entry names one of the person's interventions;
 * each recipient works in a unit involved with the person.</li>
 * <li>The sender's, the recipients' and the intervention units' principals must be
 * covered by one active consent when they are more than one (R1), else
 * {@code consent-required}.</li>
 * <li>Only a recipient acknowledges, once; others who see the person are refused.</li>
 * </ul>
 */
@Service
@Transactional
public class RoleClarificationService {

	static final String NOTICE_KEY = "notice.role-clarification.received";

	static final String NOTICE_LINK = "/role-clarifications";

	private final IndividualsManagement individuals;

	private final RoleClarifications clarifications;

	private final Interventions interventions;

	private final Persons persons;

	private final Involvements involvements;

	private final AccessLog accessLog;

	private final Directory directory;

	private final ApplicationEventPublisher events;

	RoleClarificationService(IndividualsManagement individuals, RoleClarifications clarifications,
			Interventions interventions, Persons persons, Involvements involvements, AccessLog accessLog,
			Directory directory, ApplicationEventPublisher events) {
		this.individuals = individuals;
		this.clarifications = clarifications;
		this.interventions = interventions;
		this.persons = persons;
		this.involvements = involvements;
		this.accessLog = accessLog;
		this.directory = directory;
		this.events = events;
	}

	public RoleClarificationView send(SignedInStaff me, UUID personId, SendRoleClarification command) {
		Visible visible = this.individuals.visible(me, personId);
		List<Commands.RoleEntry> entries = (command.entries() != null) ? command.entries() : List.of();
		List<UUID> recipients = (command.recipientStaffIds() != null)
				? command.recipientStaffIds().stream().distinct().toList() : List.of();
		RoleClarification rc = RoleClarification.send(personId, me.staffId(), me.unit().id(), entries.stream()
			.map((entry) -> (entry != null) ? new RoleClarification.Entry(entry.interventionId(), entry.role()) : null)
			.toList(), recipients, this.individuals.clock().instant());
		Map<UUID, Intervention> personsInterventions = this.interventions.findByPersonIdOrderByStartedOnDesc(personId)
			.stream()
			.collect(Collectors.toMap(Intervention::id, Function.identity()));
		Set<UUID> sharingUnits = new HashSet<>();
		for (RoleClarification.Entry entry : rc.entries()) {
			Intervention intervention = personsInterventions.get(entry.interventionId());
			if (intervention == null) {
				throw new DomainException(ErrorCode.VALIDATION_FAILED, "error.role-clarification.intervention-unknown");
			}
			sharingUnits.add(intervention.unitId());
		}
		Circle circle = visible.circle();
		Map<UUID, StaffView> recipientStaff = this.directory.staffMembers(rc.recipientStaffIds());
		for (UUID staffId : rc.recipientStaffIds()) {
			StaffView staff = Optional.ofNullable(recipientStaff.get(staffId))
				.filter(StaffView::active)
				.orElseThrow(() -> new DomainException(ErrorCode.VALIDATION_FAILED,
						"error.role-clarification.recipient-unknown"));
			if (!circle.involvedUnitIds().contains(staff.unitId())) {
				throw new DomainException(ErrorCode.VALIDATION_FAILED,
						"error.role-clarification.recipient-not-involved");
			}
			sharingUnits.add(staff.unitId());
		}
		Set<UUID> principals = new HashSet<>();
		principals.add(me.principal().id());
		this.directory.units(sharingUnits).values().forEach((unit) -> principals.add(unit.principalId()));
		if (!VisibilityPolicy.mayShareAmong(circle, principals, this.individuals.today())) {
			throw new DomainException(ErrorCode.CONSENT_REQUIRED, "error.consent-required.role-clarification");
		}
		this.clarifications.insert(rc);
		this.events.publishEvent(new RoleClarificationSent(me.getUsername(), rc.id(), personId, null, rc.version()));
		this.events.publishEvent(new Notice(Set.copyOf(rc.recipientStaffIds()), NOTICE_KEY, List.of(), NOTICE_LINK));
		return view(rc);
	}

	/**
	 * A recipient acknowledges; acknowledging again changes nothing. Others who see the
	 * person are refused; to those who do not, it does not exist.
	 */
	public RoleClarificationView acknowledge(SignedInStaff me, UUID personId, UUID rcId) {
		this.individuals.visible(me, personId);
		RoleClarification rc = this.clarifications.find(rcId)
			.filter((found) -> found.personId().equals(personId))
			.orElseThrow(NotFoundException::new);
		int before = rc.version();
		if (rc.acknowledge(me.staffId(), this.individuals.clock().instant())) {
			this.clarifications.acknowledge(rc, me.staffId(), before);
			this.events.publishEvent(
					new RoleClarificationAcknowledged(me.getUsername(), rc.id(), personId, before, rc.version()));
		}
		this.accessLog.record(me, personId, AccessAction.ROLE_CLARIFICATIONS_READ);
		return view(rc);
	}

	/** The person's role clarifications, newest first, with who has acknowledged. */
	public Page<RoleClarificationView> ofPerson(SignedInStaff me, UUID personId, PageRequest page) {
		this.individuals.visible(me, personId);
		this.accessLog.record(me, personId, AccessAction.ROLE_CLARIFICATIONS_READ);
		Page<RoleClarification> found = this.clarifications.ofPerson(personId, page);
		return new Page<>(views(found.items()), found.page(), found.size(), found.total());
	}

	/** One of the person's role clarifications. */
	public RoleClarificationView one(SignedInStaff me, UUID personId, UUID rcId) {
		this.individuals.visible(me, personId);
		RoleClarification rc = this.clarifications.find(rcId)
			.filter((found) -> found.personId().equals(personId))
			.orElseThrow(NotFoundException::new);
		this.accessLog.record(me, personId, AccessAction.ROLE_CLARIFICATIONS_READ);
		return view(rc);
	}

	/**
	 * The role clarifications the caller received, newest first; the content only of
	 * those whose person the caller may still see.
	 */
	public Page<RoleClarificationView.Listed> received(SignedInStaff me, PageRequest page) {
		return listed(me, this.clarifications.receivedBy(me.staffId(), page));
	}

	/**
	 * How many role clarifications the staff member has received and not yet acknowledged
	 * (R5).
	 */
	@Transactional(readOnly = true)
	public long awaitingAcknowledgement(UUID staffId) {
		return this.clarifications.awaitingAcknowledgementBy(staffId);
	}

	/** The role clarifications the caller sent, newest first, as {@link #received}. */
	public Page<RoleClarificationView.Listed> sent(SignedInStaff me, PageRequest page) {
		return listed(me, this.clarifications.sentBy(me.staffId(), page));
	}

	/**
	 * The person's ongoing interventions and the staff who may receive a role
	 * clarification about them (R5): those already chosen, then the interventions'
	 * responsible staff, then the active staff of the units involved with the person —
	 * whom {@link #send} accepts — whose name or user name contains the search, at most
	 * {@code limit} of those: the staff of other units giving the interventions first,
	 * then of the other units involved, the caller's own unit last, by unit and name.
	 * Every unit's staff would not fit (issue 7): the rest are found by search. Read in a
	 * constant number of statements however many interventions, units and staff.
	 */
	public Draft draft(SignedInStaff me, UUID personId, String search, Collection<UUID> chosen, int limit) {
		List<InterventionView> ongoing = this.individuals.interventions(me, personId)
			.stream()
			.filter(InterventionView::ongoing)
			.toList();
		List<UUID> responsible = ongoing.stream()
			.map(InterventionView::responsibleStaffId)
			.filter(Objects::nonNull)
			.distinct()
			.toList();
		Map<UUID, StaffView> responsibleStaff = this.directory.staffMembers(responsible);
		Map<UUID, StaffView> listed = new LinkedHashMap<>();
		responsible.stream()
			.map(responsibleStaff::get)
			.filter((member) -> member != null && member.active())
			.forEach((member) -> listed.put(member.id(), member));
		UUID own = me.unit().id();
		Set<UUID> involved = this.involvements.unitsOf(personId);
		Set<UUID> giving = ongoing.stream()
			.map(InterventionView::unitId)
			.filter((unit) -> !unit.equals(own) && involved.contains(unit))
			.collect(Collectors.toSet());
		Set<UUID> others = involved.stream().filter((unit) -> !unit.equals(own)).collect(Collectors.toSet());
		Set<UUID> ownUnit = involved.contains(own) ? Set.of(own) : Set.of();
		List<StaffView> found = this.directory.activeStaffIn(List.of(giving, others, ownUnit), search, limit)
			.stream()
			.filter((member) -> !member.id().equals(me.staffId()))
			.toList();
		found.forEach((member) -> listed.putIfAbsent(member.id(), member));
		listed.remove(me.staffId());
		List<Draft.Candidate> candidates = this.directory.staffChoice(search, List.copyOf(listed.values()), chosen)
			.options()
			.stream()
			.map((member) -> new Draft.Candidate(member.id(), member.displayName(), member.unitName(),
					responsible.contains(member.id())))
			.toList();
		return new Draft(ongoing, candidates, found.size());
	}

	private Page<RoleClarificationView.Listed> listed(SignedInStaff me, Page<RoleClarification> page) {
		Map<UUID, Person> people = this.persons
			.findAllById(page.items().stream().map(RoleClarification::personId).distinct().toList())
			.stream()
			.collect(Collectors.toMap(Person::id, Function.identity()));
		Map<UUID, Circle> circles = this.individuals.circlesOf(people.values());
		Viewer viewer = IndividualsManagement.viewer(me);
		List<RoleClarification> shown = page.items().stream().filter((rc) -> {
			Person person = people.get(rc.personId());
			return person != null
					&& VisibilityPolicy.maySee(circles.get(person.id()), viewer, this.individuals.today());
		}).toList();
		Map<UUID, RoleClarificationView> views = new HashMap<>();
		views(shown).forEach((view) -> views.put(view.id(), view));
		Set<UUID> logged = new HashSet<>();
		List<RoleClarificationView.Listed> items = new ArrayList<>();
		for (RoleClarification rc : page.items()) {
			RoleClarificationView view = views.get(rc.id());
			if (view == null) {
				items.add(new RoleClarificationView.Listed(rc.id(), rc.sentAt(), null, null));
				continue;
			}
			Person person = people.get(rc.personId());
			logged.add(person.id());
			items.add(new RoleClarificationView.Listed(rc.id(), rc.sentAt(), view,
					this.individuals.view(person, circles.get(person.id()), viewer)));
		}
		this.accessLog.record(me, logged, AccessAction.ROLE_CLARIFICATIONS_READ);
		return new Page<>(items, page.page(), page.size(), page.total());
	}

	private RoleClarificationView view(RoleClarification rc) {
		return views(List.of(rc)).get(0);
	}

	/**
	 * The role clarifications as shown, in their order: the interventions, the units and
	 * the staff (senders and recipients) of all of them read at once, in four statements
	 * however many clarifications and recipients (issue 7).
	 */
	private List<RoleClarificationView> views(List<RoleClarification> clarifications) {
		if (clarifications.isEmpty()) {
			return List.of();
		}
		Map<UUID, Intervention> interventions = this.interventions
			.findAllById(clarifications.stream()
				.flatMap((rc) -> rc.entries().stream())
				.map(RoleClarification.Entry::interventionId)
				.collect(Collectors.toSet()))
			.stream()
			.collect(Collectors.toMap(Intervention::id, Function.identity()));
		Set<UUID> unitIds = new HashSet<>();
		clarifications.forEach((rc) -> unitIds.add(rc.sentByUnitId()));
		interventions.values().forEach((intervention) -> unitIds.add(intervention.unitId()));
		Map<UUID, UnitView> units = this.directory.units(unitIds);
		Set<UUID> staffIds = new HashSet<>();
		clarifications.forEach((rc) -> {
			staffIds.add(rc.sentByStaffId());
			staffIds.addAll(rc.recipientStaffIds());
		});
		Map<UUID, StaffView> staff = this.directory.staffMembers(staffIds);
		return clarifications.stream().map((rc) -> view(rc, interventions, units, staff)).toList();
	}

	private static RoleClarificationView view(RoleClarification rc, Map<UUID, Intervention> interventions,
			Map<UUID, UnitView> units, Map<UUID, StaffView> staff) {
		List<RoleClarificationView.Entry> entries = rc.entries().stream().map((entry) -> {
			Intervention intervention = interventions.get(entry.interventionId());
			UUID unitId = (intervention != null) ? intervention.unitId() : null;
			return new RoleClarificationView.Entry(entry.interventionId(),
					(intervention != null) ? intervention.title() : null, unitId,
					Optional.ofNullable(unitId).map(units::get).map(UnitView::name).orElse(null), entry.role());
		}).toList();
		List<RoleClarificationView.Recipient> recipients = rc.recipientStaffIds().stream().map((staffId) -> {
			Optional<StaffView> recipient = Optional.ofNullable(staff.get(staffId));
			return new RoleClarificationView.Recipient(staffId, recipient.map(StaffView::displayName).orElse(null),
					recipient.map(StaffView::unitName).orElse(null), rc.acknowledgedAt(staffId));
		}).toList();
		Optional<StaffView> sender = Optional.ofNullable(staff.get(rc.sentByStaffId()));
		return new RoleClarificationView(rc.id(), rc.personId(), rc.sentByStaffId(),
				sender.map(StaffView::displayName).orElse(null), rc.sentByUnitId(),
				Optional.ofNullable(units.get(rc.sentByUnitId())).map(UnitView::name).orElse(null), rc.sentAt(),
				entries, recipients, rc.version());
	}

	/**
	 * What the form needs: the ongoing interventions, who may receive it, and how many of
	 * those the units' staff (or the search) gave.
	 */
	public record Draft(List<InterventionView> interventions, List<Candidate> candidates, int matches) {

		/** A staff member who may receive it; {@code responsible} for an intervention. */
		public record Candidate(UUID staffId, String displayName, String unitName, boolean responsible) {
		}

	}

}

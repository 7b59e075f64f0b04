package se.samverkan.individuals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.individuals.Commands.RecordConsent;
import se.samverkan.individuals.Commands.RecordContact;
import se.samverkan.individuals.Commands.RegisterPerson;
import se.samverkan.individuals.Commands.StartIntervention;
import se.samverkan.individuals.VisibilityPolicy.Circle;
import se.samverkan.individuals.VisibilityPolicy.Viewer;
import se.samverkan.organisation.Directory;
import se.samverkan.organisation.Directory.PrincipalTier;
import se.samverkan.organisation.Directory.PrincipalView;
import se.samverkan.organisation.Directory.UnitView;
import se.samverkan.organisation.PrincipalKind;
import se.samverkan.organisation.SignedInStaff;
import se.samverkan.organisation.StaffFunction;
import se.samverkan.organisation.UnitKind;
import se.samverkan.shared.DomainException;
import se.samverkan.shared.ErrorCode;
import se.samverkan.shared.NotFoundException;
import se.samverkan.shared.Page;
import se.samverkan.shared.PageRequest;
import se.samverkan.shared.PersonalIdentityNumber;
import se.samverkan.shared.StaleVersionException;

/**
 * Collaboration around individuals, for the pages and the API alike: registering persons,
 * consents, interventions and contacts, and reading them. Every read goes through the
 * {@link VisibilityPolicy} — a person the caller may not see is "not found", whether it
 * exists elsewhere or not — and is written to the access log in the same transaction
 * (L3). Every write publishes an event for the audit trail.
 */
@Service
@Transactional
public class IndividualsManagement {

	private final Persons persons;

	private final Consents consents;

	private final Interventions interventions;

	private final Contacts contacts;

	private final Involvements involvements;

	private final AccessLog accessLog;

	private final VisiblePersons visiblePersons;

	private final Transitions transitions;

	private final PersonReads reads;

	private final Directory directory;

	private final ApplicationEventPublisher events;

	private final IndividualsProperties properties;

	private final Clock clock;

	private final ObjectProvider<TimelineContributor> contributors;

	private final ContactFigures figures;

	IndividualsManagement(Persons persons, Consents consents, Interventions interventions, Contacts contacts,
			Involvements involvements, AccessLog accessLog, VisiblePersons visiblePersons, Transitions transitions,
			PersonReads reads, Directory directory, ApplicationEventPublisher events, IndividualsProperties properties,
			Clock clock, ObjectProvider<TimelineContributor> contributors, ContactFigures figures) {
		this.persons = persons;
		this.consents = consents;
		this.interventions = interventions;
		this.contacts = contacts;
		this.involvements = involvements;
		this.accessLog = accessLog;
		this.visiblePersons = visiblePersons;
		this.transitions = transitions;
		this.reads = reads;
		this.directory = directory;
		this.events = events;
		this.properties = properties;
		this.clock = clock;
		this.contributors = contributors;
		this.figures = figures;
	}

	/**
	 * Registers a person; the caller's unit becomes involved with them. A person already
	 * registered is refused, naming the existing one only when the caller may see it.
	 */
	@Transactional(noRollbackFor = DuplicatePersonException.class)
	public PersonView register(SignedInStaff me, RegisterPerson command) {
		PersonalIdentityNumber number = PersonalIdentityNumber.parse(command.personalIdentityNumber(), today());
		Optional<Person> existing = this.persons.findByPersonalIdentityNumber(number.value());
		if (existing.isPresent()) {
			Person person = existing.get();
			if (VisibilityPolicy.maySee(circleOf(person), viewer(me), today())) {
				this.accessLog.record(me, person.id(), AccessAction.PERSON_LOOKUP);
				throw new DuplicatePersonException(person.id());
			}
			throw new DuplicatePersonException(null);
		}
		if (command.homeMunicipalityId() == null || this.directory.principal(command.homeMunicipalityId())
			.filter((principal) -> principal.kind() == PrincipalKind.MUNICIPALITY)
			.isEmpty()) {
			throw new DomainException(ErrorCode.VALIDATION_FAILED, "error.person.home-municipality-unknown");
		}
		Person person = this.persons.save(Person.register(number, command.firstName(), command.lastName(),
				command.homeMunicipalityId(), command.protectedIdentity(), me.unit().id(), this.clock.instant()));
		this.events
			.publishEvent(new PersonRegistered(me.getUsername(), person.id(), me.unit().id(), null, person.version()));
		Circle circle = circleOf(person);
		involve(me, circle, person.id(), me.unit().id(), circle.registeringPrincipalId(), InvolvementReason.REGISTERED);
		return view(person, circle, viewer(me));
	}

	/** Any unit that sees the person may record where their SIP is kept. */
	public PersonView referToSip(SignedInStaff me, UUID personId, String reference, Integer expectedVersion) {
		Visible visible = visible(me, personId);
		Person person = visible.person();
		StaleVersionException.check(expectedVersion, person.version());
		Integer before = person.version();
		person.referToSip(reference);
		Person saved = this.persons.save(person);
		this.events.publishEvent(new SipReferenceChanged(me.getUsername(), personId, before, saved.version()));
		return view(saved, visible.circle(), viewer(me));
	}

	public PersonView person(SignedInStaff me, UUID personId) {
		return shown(me, visible(me, personId));
	}

	/** The person as the caller sees them, the read logged (L3). */
	private PersonView shown(SignedInStaff me, Visible visible) {
		this.accessLog.record(me, visible.person().id(), AccessAction.PERSON_READ);
		return view(visible.person(), visible.circle(), viewer(me));
	}

	/**
	 * The person page (L3: logged as the person, consents, interventions and contacts
	 * read, a row each), in a constant number of statements whatever the number of
	 * consents, contacts and participants: one test of who may see the person, with the
	 * consents read once for it and for the page, and one page of the timeline. The page
	 * is placed among the contacts and the other modules' entries, newest first
	 * ({@link TimelinePlacement}): the first page reads the newest contacts whole and
	 * each contributor's newest times, an older page first the contacts' times too.
	 */
	public PersonPage personPage(SignedInStaff me, UUID personId, int timelinePage) {
		Visible visible = visible(me, personId);
		this.accessLog.record(me, personId, List.of(AccessAction.PERSON_READ, AccessAction.CONSENTS_READ,
				AccessAction.INTERVENTIONS_READ, AccessAction.CONTACTS_READ));
		int page = Math.max(timelinePage, 0);
		int size = PersonPage.TIMELINE_SIZE;
		int needed = TimelinePlacement.timesNeeded(page, size);
		PersonView person = view(visible.person(), visible.circle(), viewer(me));
		List<Contact> newest = (page == 0) ? this.reads.contactsOf(personId, 0, needed) : List.of();
		List<List<Instant>> times = new ArrayList<>();
		times.add((page == 0) ? newest.stream().map(Contact::occurredAt).toList()
				: this.reads.contactTimesOf(personId, needed));
		List<TimelineContributor> contributors = this.contributors.orderedStream().toList();
		contributors.forEach((contributor) -> times.add(contributor.timesOf(me, person, needed)));
		TimelinePlacement placed = TimelinePlacement.of(times, page, size);
		TimelinePlacement.Slice onPage = placed.slices().get(0);
		List<Contact> shown = (page == 0) ? newest.subList(0, onPage.count())
				: (onPage.count() > 0) ? this.reads.contactsOf(personId, onPage.offset(), onPage.count()) : List.of();
		List<ConsentView> consents = visible.circle()
			.consents()
			.stream()
			.map((consent) -> ConsentView.of(consent, today()))
			.toList();
		List<InterventionView> interventions = interventionsOf(personId);
		List<ContactView> contacts = shown.stream().map(ContactView::of).toList();
		// the contributors log their own reads (L3) in this transaction:
		// one that fails rolls the page's access-log rows back with it,
		// as nothing was shown
		List<TimelineItem> contributed = new ArrayList<>();
		for (int i = 0; i < contributors.size(); i++) {
			TimelinePlacement.Slice slice = placed.slices().get(i + 1);
			if (slice.count() > 0) {
				contributed.addAll(contributors.get(i).timelineOf(me, person, slice.offset(), slice.count()));
			}
		}
		return new PersonPage(person, consents, interventions, contacts, contributed, page, placed.older(),
				placed.span(), readsLogOf(me, visible.person()),
				this.directory.principalNames(principalsOn(person, consents)),
				this.directory.displayNames(staffOn(interventions, contacts)),
				this.directory.unit(person.registeredByUnitId()).map(UnitView::name).orElse(null));
	}

	/** The principals a person page names: the home municipality and the consents'. */
	private static Set<UUID> principalsOn(PersonView person, List<ConsentView> consents) {
		Set<UUID> principals = new HashSet<>();
		principals.add(person.homeMunicipalityId());
		consents.forEach((consent) -> principals.addAll(consent.principalIds()));
		return principals;
	}

	/**
	 * The staff a person page names: those responsible for interventions and in contacts.
	 */
	private static Set<UUID> staffOn(List<InterventionView> interventions, List<ContactView> contacts) {
		Set<UUID> staff = new HashSet<>();
		interventions.stream().map(InterventionView::responsibleStaffId).filter(Objects::nonNull).forEach(staff::add);
		contacts.forEach((contact) -> staff.addAll(contact.participantStaffIds()));
		return staff;
	}

	/**
	 * The person with that number if the caller may see them; the same empty answer
	 * whether the person exists elsewhere or not.
	 */
	public Optional<PersonView> lookup(SignedInStaff me, String personalIdentityNumber) {
		PersonalIdentityNumber number = PersonalIdentityNumber.parse(personalIdentityNumber, today());
		return this.persons.findByPersonalIdentityNumber(number.value()).flatMap((person) -> {
			Circle circle = circleOf(person);
			if (!VisibilityPolicy.maySee(circle, viewer(me), today())) {
				return Optional.empty();
			}
			this.accessLog.record(me, person.id(), AccessAction.PERSON_LOOKUP);
			return Optional.of(view(person, circle, viewer(me)));
		});
	}

	/**
	 * The persons the caller's unit is involved with and may see, newest involvement
	 * first, paged in the database ({@link VisibilityPolicy#MAY_SEE_SQL}).
	 */
	public Page<PersonView> persons(SignedInStaff me, PageRequest page) {
		Viewer viewer = viewer(me);
		LocalDate today = today();
		List<UUID> ids = this.visiblePersons.page(viewer, today, page);
		long total = page.total(ids.size(), () -> this.visiblePersons.count(viewer, today));
		List<Person> found = inOrder(ids);
		Map<UUID, Circle> circles = circlesOf(found);
		List<PersonView> items = found.stream()
			.map((person) -> view(person, circles.get(person.id()), viewer))
			.toList();
		this.accessLog.record(me, ids, AccessAction.PERSON_READ);
		return new Page<>(items, page.page(), page.size(), total);
	}

	public ConsentView recordConsent(SignedInStaff me, UUID personId, RecordConsent command) {
		this.involvements.lockPerson(personId);
		Person person = visible(me, personId).person();
		List<UUID> principalIds = (command.principalIds() != null) ? command.principalIds() : List.of();
		if (principalIds.stream().anyMatch(Objects::isNull)
				|| !this.directory.principalNames(principalIds).keySet().containsAll(principalIds)) {
			throw new DomainException(ErrorCode.VALIDATION_FAILED, "error.principal-unknown");
		}
		Consent consent = this.consents.save(Consent.record(personId, person.birthDate(), command.givenOn(),
				command.form(), command.givenBy(), principalIds, command.validUntil(), command.childView(),
				command.note(), me.staffId(), this.clock.instant(), today()));
		this.events
			.publishEvent(new ConsentRecorded(me.getUsername(), consent.id(), personId, null, consent.version()));
		shareAnew(person);
		return ConsentView.of(consent, today());
	}

	public List<ConsentView> consents(SignedInStaff me, UUID personId) {
		Visible visible = visible(me, personId);
		this.accessLog.record(me, personId, AccessAction.CONSENTS_READ);
		return visible.circle().consents().stream().map((consent) -> ConsentView.of(consent, today())).toList();
	}

	/**
	 * Revokes a consent (R1): from now on units of principals it alone shared with see
	 * nothing more. Revoking an already revoked consent is an invalid transition.
	 */
	public ConsentView revokeConsent(SignedInStaff me, UUID personId, UUID consentId, String reason,
			Integer expectedVersion) {
		this.involvements.lockPerson(personId);
		Person person = visible(me, personId).person();
		Consent consent = this.consents.findById(consentId)
			.filter((found) -> found.personId().equals(personId))
			.orElseThrow(NotFoundException::new);
		StaleVersionException.check(expectedVersion, consent.version());
		Integer before = consent.version();
		consent.revoke(reason, me.staffId(), this.clock.instant());
		Consent saved = this.consents.save(consent);
		this.events.publishEvent(new ConsentRevoked(me.getUsername(), consentId, personId, before, saved.version()));
		shareAnew(person);
		return ConsentView.of(saved, today());
	}

	/**
	 * Records an intervention given by the caller's own unit or — when the person's data
	 * may be shared with that unit's principal — another unit, which becomes involved.
	 */
	public InterventionView startIntervention(SignedInStaff me, UUID personId, StartIntervention command) {
		this.involvements.lockPerson(personId);
		Visible visible = visible(me, personId);
		UUID unitId = (command.unitId() != null) ? command.unitId() : me.unit().id();
		UnitView unit = this.directory.unit(unitId)
			.orElseThrow(() -> new DomainException(ErrorCode.VALIDATION_FAILED, "error.unit-unknown"));
		if (!unit.id().equals(me.unit().id())
				&& !VisibilityPolicy.sharedWith(visible.circle(), unit.principalId(), today())) {
			throw new DomainException(ErrorCode.CONSENT_REQUIRED, "error.consent-required.intervention");
		}
		if (command.responsibleStaffId() != null && this.directory.staffMember(command.responsibleStaffId())
			.filter((staff) -> staff.unitId().equals(unitId))
			.isEmpty()) {
			throw new DomainException(ErrorCode.VALIDATION_FAILED, "error.intervention.responsible-not-in-unit");
		}
		Intervention intervention = this.interventions.save(Intervention.start(personId, unitId, command.title(),
				command.responsibleStaffId(), command.startedOn(), command.endedOn()));
		this.events.publishEvent(new InterventionStarted(me.getUsername(), intervention.id(), personId, unitId, null,
				intervention.version()));
		involve(me, visible.circle(), personId, unitId, unit.principalId(), InvolvementReason.INTERVENTION);
		return view(intervention, unit.name());
	}

	public List<InterventionView> interventions(SignedInStaff me, UUID personId) {
		visible(me, personId);
		this.accessLog.record(me, personId, AccessAction.INTERVENTIONS_READ);
		return interventionsOf(personId);
	}

	private List<InterventionView> interventionsOf(UUID personId) {
		List<Intervention> found = this.interventions.findByPersonIdOrderByStartedOnDesc(personId);
		Map<UUID, UnitView> units = this.directory
			.units(found.stream().map(Intervention::unitId).collect(Collectors.toSet()));
		return found.stream()
			.map((intervention) -> view(intervention,
					Optional.ofNullable(units.get(intervention.unitId())).map(UnitView::name).orElse(null)))
			.toList();
	}

	/**
	 * Records a contact (R2–R4). Staff of more than one principal — the participants and
	 * whoever records it — share information only under an active consent covering all
	 * their principals (R1); the participants' units become involved.
	 */
	public ContactView recordContact(SignedInStaff me, UUID personId, RecordContact command) {
		this.involvements.lockPerson(personId);
		Visible visible = visible(me, personId);
		List<UUID> participants = (command.participantStaffIds() != null) ? command.participantStaffIds() : List.of();
		Map<UUID, Directory.StaffView> staff = this.directory
			.staffMembers(participants.stream().filter(Objects::nonNull).collect(Collectors.toSet()));
		Set<UUID> participantUnits = new HashSet<>();
		for (UUID staffId : participants) {
			if (staffId != null) {
				participantUnits.add(Optional.ofNullable(staff.get(staffId))
					.orElseThrow(
							() -> new DomainException(ErrorCode.VALIDATION_FAILED, "error.contact.participant-unknown"))
					.unitId());
			}
		}
		Contact contact = Contact.record(personId, me.unit().id(), me.staffId(), command.occurredAt(),
				command.channel(), command.purpose(), command.participantStaffIds(), command.summary(),
				this.clock.instant());
		Map<UUID, UnitView> units = this.directory.units(participantUnits);
		Set<UUID> principals = participantUnits.stream()
			.map((unitId) -> units.get(unitId).principalId())
			.collect(Collectors.toCollection(HashSet::new));
		principals.add(me.principal().id());
		if (!VisibilityPolicy.mayShareAmong(visible.circle(), principals, today())) {
			throw new DomainException(ErrorCode.CONSENT_REQUIRED, "error.consent-required.contact");
		}
		Contact saved = this.contacts.save(contact);
		this.events.publishEvent(new ContactRecorded(me.getUsername(), saved.id(), personId, null, saved.version()));
		participantUnits.forEach((unitId) -> involve(me, visible.circle(), personId, unitId,
				units.get(unitId).principalId(), InvolvementReason.CONTACT));
		this.figures.recorded(saved);
		return ContactView.of(saved);
	}

	/**
	 * One page of the person's contacts, newest first (L3: logged as the contacts read),
	 * paged in the database and counted over the person's index: a long-term person has
	 * thousands.
	 */
	public Page<ContactView> contacts(SignedInStaff me, UUID personId, PageRequest page) {
		visible(me, personId);
		this.accessLog.record(me, personId, AccessAction.CONTACTS_READ);
		List<ContactView> items = this.reads.contactsOf(personId, page.offset(), page.size())
			.stream()
			.map(ContactView::of)
			.toList();
		return new Page<>(items, page.page(), page.size(), this.reads.contactCountOf(personId));
	}

	/**
	 * One of the person's contacts, read by its id; empty when the person has none such.
	 * Logged as the contacts read whether it is found or not (L3), as a read of the list
	 * it is one of.
	 */
	public Optional<ContactView> contact(SignedInStaff me, UUID personId, UUID contactId) {
		visible(me, personId);
		this.accessLog.record(me, personId, AccessAction.CONTACTS_READ);
		return this.reads.contactOf(personId, contactId).map(ContactView::of);
	}

	/**
	 * The access log of a person (L3), for the registering unit's managers and heads of
	 * operations and for administrators. Others who may see the person are refused; to
	 * those who may not, the person does not exist.
	 */
	public Page<AccessLogEntry> accessLog(SignedInStaff me, UUID personId, PageRequest page) {
		logReader(me, personId);
		this.accessLog.record(me, personId, AccessAction.ACCESS_LOG_READ);
		return this.accessLog.of(personId, page);
	}

	/**
	 * The extract of a person's access log for the individual (*loggutdrag*, L3): every
	 * read, oldest first, naming the units and the users (all parties are public
	 * providers). The same readers as {@link #accessLog}.
	 */
	public AccessLogExtract accessLogExtract(SignedInStaff me, UUID personId) {
		Person person = logReader(me, personId);
		this.accessLog.record(me, personId, AccessAction.ACCESS_LOG_READ);
		PersonView view = view(person, circleOf(person), viewer(me));
		return new AccessLogExtract(view, this.clock.instant(), me.displayName(), me.unit().name(),
				this.accessLog.all(personId));
	}

	/**
	 * The person whose log the caller may read: the registering unit's managers and heads
	 * of operations, and administrators. Others who see the person are refused; to those
	 * who do not, the person does not exist.
	 */
	private Person logReader(SignedInStaff me, UUID personId) {
		Person person = this.persons.findById(personId).orElseThrow(NotFoundException::new);
		if (!readsLogOf(me, person)) {
			if (VisibilityPolicy.maySee(circleOf(person), viewer(me), today())) {
				throw new DomainException(ErrorCode.FORBIDDEN, "error.access-log.managers-only");
			}
			throw new NotFoundException();
		}
		return person;
	}

	/**
	 * One page of the persons the caller may see who reach adult age (the setting, L2)
	 * within the window and have an ongoing BUH intervention, the soonest first, with the
	 * guardian consents that end then and must be renewed by the person (L8). The page is
	 * read in the database ({@link Transitions}), and only its persons are logged (L3).
	 */
	public Page<TransitionView> transitions(SignedInStaff me, int withinMonths, PageRequest page) {
		if (withinMonths < 1 || withinMonths > 24) {
			throw new DomainException(ErrorCode.VALIDATION_FAILED, "error.transitions.window");
		}
		LocalDate today = today();
		int adultAge = this.properties.adultAge();
		Viewer viewer = viewer(me);
		Transitions.Window window = Transitions.Window.turningAdult(today, adultAge, withinMonths);
		List<UUID> ids = this.transitions.page(viewer, window, today, page);
		long total = page.total(ids.size(), () -> this.transitions.count(viewer, window, today));
		List<Person> turning = inOrder(ids);
		Map<UUID, Circle> circles = circlesOf(turning);
		List<Intervention> turningInterventions = this.interventions.findByPersonIdIn(ids);
		Map<UUID, List<Intervention>> interventionsByPerson = turningInterventions.stream()
			.collect(Collectors.groupingBy(Intervention::personId));
		Map<UUID, UnitView> units = this.directory
			.units(turningInterventions.stream().map(Intervention::unitId).collect(Collectors.toSet()));
		List<TransitionView> items = new ArrayList<>();
		for (Person person : turning) {
			Circle circle = circles.get(person.id());
			List<UUID> buh = interventionsByPerson.getOrDefault(person.id(), List.of())
				.stream()
				.filter((intervention) -> intervention.isOngoingOn(today)
						&& units.get(intervention.unitId()).kind() == UnitKind.BUH)
				.map(Intervention::id)
				.toList();
			List<UUID> toRenew = circle.consents()
				.stream()
				.filter((consent) -> consent.isActiveOn(today) && consent.givenBy() == ConsentGiver.GUARDIAN)
				.map(Consent::id)
				.toList();
			boolean namesShown = VisibilityPolicy.seesName(circle, viewer, person.protectedIdentity());
			items.add(new TransitionView(person.id(), person.personalIdentityNumber().value(),
					namesShown ? person.firstName() : null, namesShown ? person.lastName() : null, !namesShown,
					person.birthDate(), person.turnsOn(adultAge), buh, toRenew, !toRenew.isEmpty()));
		}
		this.accessLog.record(me, ids, AccessAction.TRANSITIONS_READ);
		return new Page<>(items, page.page(), page.size(), total);
	}

	/** The persons of a page, in the page's order. */
	private List<Person> inOrder(List<UUID> ids) {
		Map<UUID, Person> byId = this.persons.findAllById(ids)
			.stream()
			.collect(Collectors.toMap(Person::id, Function.identity()));
		return ids.stream().map(byId::get).toList();
	}

	/** Whether the caller may see the person, without reading (and logging) anything. */
	@Transactional(readOnly = true)
	public boolean maySee(SignedInStaff me, UUID personId) {
		return this.persons.findById(personId)
			.map((person) -> VisibilityPolicy.maySee(circleOf(person), viewer(me), today()))
			.orElse(false);
	}

	/**
	 * The contact form's person, as {@link #person}, and the staff who may take part in a
	 * contact about them, at most {@code limit} whose name contains the search: those of
	 * the caller's own unit first, then of the units involved with the person, then of
	 * the habilitation units (BUH, VH). Whether a contact with them may be recorded is
	 * decided when it is recorded (R1).
	 */
	public Candidates<Directory.StaffView> contactCandidates(SignedInStaff me, UUID personId, String search,
			int limit) {
		Visible visible = visible(me, personId);
		Set<UUID> habilitation = this.directory.activeUnits(UnitKind.HABILITATION)
			.stream()
			.filter(UnitView::agreementParty)
			.map(UnitView::id)
			.collect(Collectors.toSet());
		return new Candidates<>(shown(me, visible), this.directory.activeStaffIn(
				List.of(Set.of(me.unit().id()), visible.circle().involvedUnitIds(), habilitation), search, limit));
	}

	/**
	 * The consent form's person, as {@link #person}, and the principals a consent about
	 * them is likely to cover, at most {@code limit}, or with a search every active
	 * principal whose name contains it, the likely first (R1): the caller's own
	 * principal, the person's home municipality, the person's region, then the principals
	 * of the units involved with the person and of the person's earlier consents (one to
	 * renew at 18, L8). The region is that of the region's units involved with the
	 * person, or the caller's; where there is none, every active region (a municipality
	 * belongs to no region in the directory). Which principals a consent may cover is
	 * decided when it is recorded.
	 */
	public Candidates<PrincipalView> consentCandidates(SignedInStaff me, UUID personId, String search, int limit) {
		Visible visible = visible(me, personId);
		Collection<UnitView> involved = this.directory.units(visible.circle().involvedUnitIds()).values();
		Set<UUID> regions = involved.stream()
			.filter((unit) -> unit.principalKind() == PrincipalKind.REGION)
			.map(UnitView::principalId)
			.collect(Collectors.toCollection(HashSet::new));
		if (me.principal().kind() == PrincipalKind.REGION) {
			regions.add(me.principal().id());
		}
		Set<UUID> around = involved.stream().map(UnitView::principalId).collect(Collectors.toCollection(HashSet::new));
		visible.circle().consents().forEach((consent) -> around.addAll(consent.principalIds()));
		return new Candidates<>(shown(me, visible),
				this.directory.activePrincipals(
						List.of(PrincipalTier.of(Set.of(me.principal().id())),
								PrincipalTier.of(Set.of(visible.person().homeMunicipalityId())), regions.isEmpty()
										? PrincipalTier.every(PrincipalKind.REGION) : PrincipalTier.of(regions),
								PrincipalTier.of(around)),
						search, limit));
	}

	/**
	 * The active units an intervention for the person may be recorded at, the caller's
	 * own first, then in the directory's order: those of the principals the person's data
	 * may reach today (R1), the caller's among them — what {@link #startIntervention}
	 * accepts.
	 */
	@Transactional(readOnly = true)
	public List<UnitView> interventionUnits(SignedInStaff me, UUID personId) {
		Set<UUID> principals = VisibilityPolicy.principalsSharedWith(visible(me, personId).circle(), today());
		return this.directory.activeUnitsOf(principals)
			.values()
			.stream()
			.flatMap(List::stream)
			.sorted(Comparator.comparing((UnitView unit) -> !unit.id().equals(me.unit().id())))
			.toList();
	}

	/**
	 * Who may be responsible for an intervention at the unit: its active staff whose name
	 * contains the search, at most {@code limit}; none for a unit the intervention may
	 * not be recorded at ({@link #interventionUnits}).
	 */
	@Transactional(readOnly = true)
	public List<Directory.StaffView> responsibleCandidates(SignedInStaff me, UUID personId, UUID unitId, String search,
			int limit) {
		boolean offered = interventionUnits(me, personId).stream().anyMatch((unit) -> unit.id().equals(unitId));
		return offered ? this.directory.activeStaffIn(List.of(Set.of(unitId)), search, limit) : List.of();
	}

	/**
	 * Whether the person has an ongoing intervention at a habilitation unit (BUH or VH):
	 * then the way is collaboration, not a referral (R6). For a person the caller already
	 * sees; reads nothing into the log.
	 */
	@Transactional(readOnly = true)
	public boolean hasOngoingHabilitation(UUID personId) {
		LocalDate today = today();
		Set<UUID> ongoing = this.interventions.findByPersonIdOrderByStartedOnDesc(personId)
			.stream()
			.filter((intervention) -> intervention.isOngoingOn(today))
			.map(Intervention::unitId)
			.collect(Collectors.toSet());
		return this.directory.units(ongoing).values().stream().anyMatch(IndividualsManagement::isHabilitation);
	}

	private static boolean isHabilitation(UnitView unit) {
		return unit != null && (unit.kind() == UnitKind.BUH || unit.kind() == UnitKind.VH);
	}

	/**
	 * Whether a referral's sending and receiving unit may share information about the
	 * person today: units of one principal always, of two only under an active consent
	 * covering both (R1).
	 */
	@Transactional(readOnly = true)
	public boolean mayShareThroughReferral(UUID personId, UUID fromUnitId, UUID toUnitId) {
		Person person = this.persons.findById(personId).orElseThrow(NotFoundException::new);
		return referralParties(person, fromUnitId, toUnitId).mayShare(today());
	}

	/**
	 * Those of the candidate principals with which the own principal may share
	 * information about the person today (R1): {@link VisibilityPolicy#mayShareAmong} for
	 * each pair, the person read once.
	 */
	@Transactional(readOnly = true)
	public Set<UUID> principalsSharingWith(UUID personId, UUID ownPrincipalId, Collection<UUID> candidates) {
		Person person = this.persons.findById(personId).orElseThrow(NotFoundException::new);
		Circle circle = circleOf(person);
		LocalDate today = today();
		return candidates.stream()
			.filter((candidate) -> VisibilityPolicy.mayShareAmong(circle,
					new HashSet<>(List.of(ownPrincipalId, candidate)), today))
			.collect(Collectors.toSet());
	}

	/**
	 * Makes the sending and the receiving unit of a referral involved with the person,
	 * which is what lets the receiving unit see them — only under an active consent
	 * covering both units' principals (R1). The person is locked first and read once.
	 */
	public void involveThroughReferral(SignedInStaff me, UUID personId, UUID fromUnitId, UUID toUnitId) {
		this.involvements.lockPerson(personId);
		Person person = this.persons.findById(personId).orElseThrow(NotFoundException::new);
		ReferralParties parties = referralParties(person, fromUnitId, toUnitId);
		if (!parties.mayShare(today())) {
			throw new DomainException(ErrorCode.CONSENT_REQUIRED, "error.consent-required.referral");
		}
		involve(me, parties.circle(), personId, fromUnitId, parties.from(), InvolvementReason.REFERRAL);
		involve(me, parties.circle(), personId, toUnitId, parties.to(), InvolvementReason.REFERRAL);
	}

	/**
	 * The person's circle and the principals of a referral's two units, the units and the
	 * one that registered the person read in one statement.
	 */
	private ReferralParties referralParties(Person person, UUID fromUnitId, UUID toUnitId) {
		Map<UUID, UnitView> units = this.directory
			.units(new HashSet<>(List.of(fromUnitId, toUnitId, person.registeredByUnitId())));
		return new ReferralParties(circleOf(person, principalOf(units, person.registeredByUnitId())),
				principalOf(units, fromUnitId), principalOf(units, toUnitId));
	}

	private record ReferralParties(Circle circle, UUID from, UUID to) {

		boolean mayShare(LocalDate today) {
			return VisibilityPolicy.mayShareAmong(this.circle, new HashSet<>(List.of(this.from, this.to)), today);
		}

	}

	/** Writes a read of a referral about the person to the access log (L3). */
	public void recordReferralRead(SignedInStaff me, UUID personId) {
		this.accessLog.record(me, personId, AccessAction.REFERRAL_READ);
	}

	/**
	 * Writes the reads of referrals about these persons (a list) to the access log as one
	 * batch (L3).
	 */
	public void recordReferralReads(SignedInStaff me, Collection<UUID> personIds) {
		this.accessLog.record(me, personIds, AccessAction.REFERRAL_READ);
	}

	/**
	 * Those of the persons the caller may see, as they may see them; reads nothing into
	 * the log (the caller logs what it shows).
	 */
	@Transactional(readOnly = true)
	public Map<UUID, PersonView> visiblePersons(SignedInStaff me, Collection<UUID> personIds) {
		if (personIds.isEmpty()) {
			return Map.of();
		}
		List<Person> people = this.persons.findAllById(Set.copyOf(personIds));
		Map<UUID, Circle> circles = circlesOf(people);
		Viewer viewer = viewer(me);
		Map<UUID, PersonView> visible = new HashMap<>();
		for (Person person : people) {
			Circle circle = circles.get(person.id());
			if (VisibilityPolicy.maySee(circle, viewer, today())) {
				visible.put(person.id(), view(person, circle, viewer));
			}
		}
		return visible;
	}

	private static boolean readsLogOf(SignedInStaff me, Person person) {
		return me.isAdministrator() || (me.worksIn(person.registeredByUnitId())
				&& (me.holds(StaffFunction.MANAGER) || me.holds(StaffFunction.HEAD_OF_OPERATIONS)));
	}

	/**
	 * The person with the circle that decides who sees them, when the caller may see
	 * them; else "not found". Every service of this module that reads or writes about a
	 * person starts here.
	 */
	Visible visible(SignedInStaff me, UUID personId) {
		Person person = this.persons.findById(personId).orElseThrow(NotFoundException::new);
		Circle circle = circleOf(person);
		if (!VisibilityPolicy.maySee(circle, viewer(me), today())) {
			throw new NotFoundException();
		}
		return new Visible(person, circle);
	}

	private void involve(SignedInStaff me, Circle circle, UUID personId, UUID unitId, UUID principalId,
			InvolvementReason reason) {
		if (this.involvements.involve(personId, unitId, reason, this.clock.instant(),
				VisibilityPolicy.sharedUntil(circle, principalId))) {
			this.events.publishEvent(new PersonInvolved(me.getUsername(), personId, unitId, reason, null, null));
		}
	}

	/**
	 * Keeps each involvement's {@link VisibilityPolicy#sharedUntil} in step with the
	 * person's consents, in the transaction that changed them.
	 */
	void shareAnew(Person person) {
		Circle circle = circleOf(person);
		shareAnew(person.id(), circle, this.directory.units(circle.involvedUnitIds()));
	}

	/**
	 * {@link #shareAnew} for every person the unit is involved with or registered, after
	 * the unit changed (its principal may have).
	 */
	void shareAnewAround(UUID unitId) {
		List<UUID> ids = this.involvements.personsAround(unitId);
		for (int from = 0; from < ids.size(); from += PageRequest.MAX_SIZE) {
			List<Person> batch = this.persons
				.findAllById(ids.subList(from, Math.min(from + PageRequest.MAX_SIZE, ids.size())));
			Map<UUID, Circle> circles = circlesOf(batch);
			Map<UUID, UnitView> units = this.directory.units(circles.values()
				.stream()
				.flatMap((circle) -> circle.involvedUnitIds().stream())
				.collect(Collectors.toSet()));
			circles.forEach((personId, circle) -> shareAnew(personId, circle, units));
		}
	}

	private void shareAnew(UUID personId, Circle circle, Map<UUID, UnitView> units) {
		for (UUID unitId : circle.involvedUnitIds()) {
			this.involvements.share(personId, unitId,
					VisibilityPolicy.sharedUntil(circle, units.get(unitId).principalId()));
		}
	}

	Circle circleOf(Person person) {
		return circleOf(person, principalOf(person.registeredByUnitId()));
	}

	private Circle circleOf(Person person, UUID registeringPrincipalId) {
		return new Circle(person.registeredByUnitId(), registeringPrincipalId, this.involvements.unitsOf(person.id()),
				this.reads.consentsOf(person.id()));
	}

	Map<UUID, Circle> circlesOf(Collection<Person> people) {
		List<UUID> ids = people.stream().map(Person::id).toList();
		Map<UUID, Set<UUID>> involved = new HashMap<>();
		this.involvements.of(ids)
			.forEach((row) -> involved.computeIfAbsent(row.personId(), (id) -> new HashSet<>()).add(row.unitId()));
		Map<UUID, List<Consent>> consentsByPerson = this.reads.consentsOf(ids);
		Map<UUID, UnitView> units = this.directory
			.units(people.stream().map(Person::registeredByUnitId).collect(Collectors.toSet()));
		Map<UUID, Circle> circles = new HashMap<>();
		for (Person person : people) {
			circles.put(person.id(),
					new Circle(person.registeredByUnitId(), units.get(person.registeredByUnitId()).principalId(),
							involved.getOrDefault(person.id(), Set.of()),
							consentsByPerson.getOrDefault(person.id(), List.of())));
		}
		return circles;
	}

	private UUID principalOf(UUID unitId) {
		return this.directory.unit(unitId).map(UnitView::principalId).orElseThrow(IllegalStateException::new);
	}

	private static UUID principalOf(Map<UUID, UnitView> units, UUID unitId) {
		return Optional.ofNullable(units.get(unitId))
			.map(UnitView::principalId)
			.orElseThrow(IllegalStateException::new);
	}

	PersonView view(Person person, Circle circle, Viewer viewer) {
		LocalDate today = today();
		int age = person.ageOn(today);
		boolean namesShown = VisibilityPolicy.seesName(circle, viewer, person.protectedIdentity());
		return new PersonView(person.id(), person.personalIdentityNumber().value(),
				person.personalIdentityNumber().isCoordinationNumber(), person.birthDate(), age,
				(age < this.properties.adultAge()) ? UnitKind.BUH : UnitKind.VH, namesShown ? person.firstName() : null,
				namesShown ? person.lastName() : null, !namesShown, person.protectedIdentity(),
				person.homeMunicipalityId(), person.registeredByUnitId(), person.registeredAt(), person.sipReference(),
				person.version());
	}

	private InterventionView view(Intervention intervention, String unitName) {
		return new InterventionView(intervention.id(), intervention.personId(), intervention.unitId(), unitName,
				intervention.title(), intervention.responsibleStaffId(), intervention.startedOn(),
				intervention.endedOn(), intervention.isOngoingOn(today()), intervention.version());
	}

	static Viewer viewer(SignedInStaff me) {
		return new Viewer(me.unit().id(), me.principal().id());
	}

	Clock clock() {
		return this.clock;
	}

	LocalDate today() {
		return LocalDate.now(this.clock);
	}

	record Visible(Person person, Circle circle) {
	}

	/**
	 * A form about a person: the person as shown, and the likeliest of whom or what it
	 * may choose, or those a search found.
	 */
	public record Candidates<T>(PersonView person, List<T> found) {
	}

}

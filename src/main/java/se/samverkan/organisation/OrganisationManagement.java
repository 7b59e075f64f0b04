package se.samverkan.organisation;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.notification.Notice;
import se.samverkan.shared.Actor;
import se.samverkan.shared.DomainException;
import se.samverkan.shared.ErrorCode;
import se.samverkan.shared.NotFoundException;
import se.samverkan.shared.StaleVersionException;

/**
 * The write side of the organisation: administrators manage principals, units and staff
 * accounts; staff describe their own unit and post updates about their operations (R19).
 * Every change is one transaction and publishes an event for the audit trail.
 */
@Service
@Transactional
public class OrganisationManagement {

	/** Shortest password an administrator may set. */
	public static final int MIN_PASSWORD_LENGTH = 12;

	/** Longest password, in bytes of UTF-8: what the password hash can hold. */
	public static final int MAX_PASSWORD_LENGTH = 72;

	private final Principals principals;

	private final Units units;

	private final Staff staff;

	private final UnitDescriptions descriptions;

	private final OperationsUpdates updates;

	private final InterestOrganisations interestOrganisations;

	private final PasswordEncoder passwords;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	OrganisationManagement(Principals principals, Units units, Staff staff, UnitDescriptions descriptions,
			OperationsUpdates updates, InterestOrganisations interestOrganisations, PasswordEncoder passwords,
			ApplicationEventPublisher events, Clock clock) {
		this.principals = principals;
		this.units = units;
		this.staff = staff;
		this.descriptions = descriptions;
		this.updates = updates;
		this.interestOrganisations = interestOrganisations;
		this.passwords = passwords;
		this.events = events;
		this.clock = clock;
	}

	public Principal registerPrincipal(String name, PrincipalKind kind) {
		if (this.principals.findByName(name.strip()).isPresent()) {
			throw new DomainException(ErrorCode.CONFLICT, "error.name-taken");
		}
		Principal saved = this.principals.save(Principal.register(name, kind));
		this.events.publishEvent(
				new PrincipalChanged(Actor.current(), saved.id(), null, saved.version(), "registered " + saved.name()));
		return saved;
	}

	public Principal changePrincipal(UUID id, Integer expectedVersion, String name, PrincipalKind kind,
			boolean active) {
		Principal principal = this.principals.findById(id).orElseThrow(NotFoundException::new);
		StaleVersionException.check(expectedVersion, principal.version());
		if (name != null
				&& this.principals.findByName(name.strip()).filter((other) -> !other.id().equals(id)).isPresent()) {
			throw new DomainException(ErrorCode.CONFLICT, "error.name-taken");
		}
		Integer before = principal.version();
		principal.change(name, kind, active);
		Principal saved = this.principals.save(principal);
		this.events.publishEvent(
				new PrincipalChanged(Actor.current(), id, before, saved.version(), "changed " + saved.name()));
		return saved;
	}

	public Unit establishUnit(UUID principalId, String name, UnitKind kind, boolean agreementParty) {
		requirePrincipal(principalId);
		requireFreeUnitName(null, principalId, name);
		Unit saved = this.units.save(Unit.establish(principalId, name, kind, agreementParty));
		this.events.publishEvent(
				new UnitChanged(Actor.current(), saved.id(), null, saved.version(), "established " + saved.name()));
		return saved;
	}

	public Unit changeUnit(UUID id, Integer expectedVersion, UUID principalId, String name, UnitKind kind,
			boolean agreementParty, boolean active) {
		Unit unit = this.units.findById(id).orElseThrow(NotFoundException::new);
		StaleVersionException.check(expectedVersion, unit.version());
		requirePrincipal(principalId);
		requireFreeUnitName(id, principalId, name);
		Integer before = unit.version();
		unit.change(principalId, name, kind, agreementParty, active);
		Unit saved = this.units.save(unit);
		this.events
			.publishEvent(new UnitChanged(Actor.current(), id, before, saved.version(), "changed " + saved.name()));
		return saved;
	}

	public StaffMember openStaffAccount(String username, StaffProfile profile, String password) {
		if (username == null || !username.matches(StaffMember.USERNAME_PATTERN)) {
			throw new DomainException(ErrorCode.VALIDATION_FAILED, "error.username-invalid");
		}
		if (this.staff.findByUsername(username).isPresent()) {
			throw new DomainException(ErrorCode.CONFLICT, "error.username-taken");
		}
		checkProfile(null, profile);
		StaffMember saved = this.staff.save(StaffMember.open(username, profile, hash(password, username)));
		this.events.publishEvent(new StaffAccountChanged(Actor.current(), saved.id(), StaffAccountChanged.Change.OPENED,
				null, saved.version(), "opened " + saved.username()));
		this.events
			.publishEvent(new Notice(Set.of(saved.id()), "notice.account-opened", List.of(saved.displayName()), "/"));
		return saved;
	}

	public StaffMember changeStaffAccount(UUID id, Integer expectedVersion, StaffProfile profile) {
		StaffMember member = staffMember(id, expectedVersion);
		checkProfile(id, profile);
		Integer before = member.version();
		member.change(profile);
		return saveAccount(member, before, StaffAccountChanged.Change.CHANGED);
	}

	/**
	 * Deactivates an account: it can no longer sign in, and nothing it did is removed.
	 * Nobody deactivates their own account, so that an administrator cannot lock
	 * themselves out.
	 */
	public StaffMember deactivate(UUID id, Integer expectedVersion) {
		StaffMember member = staffMember(id, expectedVersion);
		if (member.username().equals(Actor.current())) {
			throw new DomainException(ErrorCode.CONFLICT, "error.deactivate-self");
		}
		Integer before = member.version();
		member.deactivate();
		return saveAccount(member, before, StaffAccountChanged.Change.DEACTIVATED);
	}

	public StaffMember reactivate(UUID id, Integer expectedVersion) {
		StaffMember member = staffMember(id, expectedVersion);
		Integer before = member.version();
		member.reactivate();
		return saveAccount(member, before, StaffAccountChanged.Change.REACTIVATED);
	}

	/**
	 * Sets or clears the HSA-id that matches a sign-in through the OIDC identity provider
	 * to the account; two accounts never share one.
	 */
	public StaffMember assignHsaId(UUID id, Integer expectedVersion, String hsaId) {
		StaffMember member = staffMember(id, expectedVersion);
		Integer before = member.version();
		member.assignHsaId(hsaId);
		if (member.hsaId() != null
				&& this.staff.findByHsaId(member.hsaId()).filter((other) -> !other.id().equals(id)).isPresent()) {
			throw new DomainException(ErrorCode.CONFLICT, "error.hsa-id-taken");
		}
		return saveAccount(member, before, StaffAccountChanged.Change.CHANGED);
	}

	public StaffMember setPassword(UUID id, String password) {
		StaffMember member = staffMember(id, null);
		Integer before = member.version();
		member.changePasswordHash(hash(password, member.username()));
		return saveAccount(member, before, StaffAccountChanged.Change.CHANGED);
	}

	@Transactional(readOnly = true)
	public UnitDescription description(UUID unitId) {
		if (!this.units.existsById(unitId)) {
			throw new NotFoundException();
		}
		return this.descriptions.findById(unitId).orElseGet(() -> UnitDescription.blank(unitId));
	}

	/** Staff describe their own unit (R19); nobody else may. */
	@Transactional(readOnly = true)
	public boolean mayEditDescription(SignedInStaff editor, UUID unitId) {
		return editor != null && editor.worksIn(unitId);
	}

	/** Staff describe their own unit (R19); nobody else may. */
	public UnitDescription editDescription(SignedInStaff editor, UUID unitId, Integer expectedVersion, String mission,
			String responsibilities, String routines, String contactInfo) {
		UnitDescription description = description(unitId);
		if (!mayEditDescription(editor, unitId)) {
			throw new DomainException(ErrorCode.FORBIDDEN, "error.description-own-unit-only");
		}
		StaleVersionException.check(expectedVersion, description.version());
		requireLength(mission, UnitDescription.TEXT_MAX_LENGTH);
		requireLength(responsibilities, UnitDescription.TEXT_MAX_LENGTH);
		requireLength(routines, UnitDescription.TEXT_MAX_LENGTH);
		requireLength(contactInfo, UnitDescription.CONTACT_INFO_MAX_LENGTH);
		int before = description.version();
		description.edit(mission, responsibilities, routines, contactInfo, editor.staffId(), this.clock.instant());
		UnitDescription saved = this.descriptions.save(description);
		this.events.publishEvent(new UnitDescriptionEdited(editor.getUsername(), unitId,
				description.isNew() ? null : before, saved.version(), "edited description"));
		Set<UUID> managers = managersOf(unitId, editor.staffId());
		if (!managers.isEmpty()) {
			this.events.publishEvent(new Notice(managers, "notice.description-edited",
					List.of(editor.displayName(), editor.unit().name()), "/directory/units/" + unitId));
		}
		return saved;
	}

	/**
	 * Posts an update about the author's unit, visible to all parties (R19): a title of 1
	 * to 200 characters and a text of 1 to 8000.
	 */
	public OperationsUpdate postUpdate(SignedInStaff author, String title, String body) {
		if (title == null || title.isBlank() || body == null || body.isBlank()) {
			throw new DomainException(ErrorCode.VALIDATION_FAILED);
		}
		requireLength(title, OperationsUpdate.TITLE_MAX_LENGTH);
		requireLength(body, OperationsUpdate.BODY_MAX_LENGTH);
		OperationsUpdate saved = this.updates
			.save(OperationsUpdate.post(author.unit().id(), author.staffId(), title, body, this.clock.instant()));
		this.events.publishEvent(new OperationsUpdatePosted(author.getUsername(), saved.id(), saved.unitId(),
				saved.version(), "posted update"));
		return saved;
	}

	public InterestOrganisation registerInterestOrganisation(String name, String description, String website) {
		InterestOrganisation saved = this.interestOrganisations
			.save(InterestOrganisation.register(name, description, website));
		this.events.publishEvent(new InterestOrganisationChanged(Actor.current(), saved.id(), null, saved.version(),
				"registered " + saved.name()));
		return saved;
	}

	private StaffMember staffMember(UUID id, Integer expectedVersion) {
		StaffMember member = this.staff.findById(id).orElseThrow(NotFoundException::new);
		StaleVersionException.check(expectedVersion, member.version());
		return member;
	}

	private StaffMember saveAccount(StaffMember member, Integer before, StaffAccountChanged.Change change) {
		StaffMember saved = this.staff.save(member);
		this.events.publishEvent(new StaffAccountChanged(Actor.current(), saved.id(), change, before, saved.version(),
				change.name().toLowerCase(java.util.Locale.ROOT) + " " + saved.username()));
		return saved;
	}

	private void checkProfile(UUID staffId, StaffProfile profile) {
		if (!this.units.existsById(profile.unitId())) {
			throw new DomainException(ErrorCode.VALIDATION_FAILED, "error.unit-unknown");
		}
		if (profile.nearestManagerId() != null
				&& (profile.nearestManagerId().equals(staffId) || !this.staff.existsById(profile.nearestManagerId()))) {
			throw new DomainException(ErrorCode.VALIDATION_FAILED, "error.manager-unknown");
		}
	}

	private void requireFreeUnitName(UUID unitId, UUID principalId, String name) {
		if (name != null && this.units.findByPrincipalIdAndName(principalId, name.strip())
			.filter((other) -> !other.id().equals(unitId))
			.isPresent()) {
			throw new DomainException(ErrorCode.CONFLICT, "error.name-taken");
		}
	}

	private static void requireLength(String text, int max) {
		if (text != null && text.strip().length() > max) {
			throw new DomainException(ErrorCode.VALIDATION_FAILED, "error.too-long", max);
		}
	}

	private void requirePrincipal(UUID principalId) {
		if (principalId == null || !this.principals.existsById(principalId)) {
			throw new DomainException(ErrorCode.VALIDATION_FAILED, "error.principal-unknown");
		}
	}

	private String hash(String password, String username) {
		PasswordPolicy.check(password, username);
		return this.passwords.encode(password);
	}

	private Set<UUID> managersOf(UUID unitId, UUID except) {
		return this.staff.findActiveManagerIds(unitId)
			.stream()
			.filter((id) -> !id.equals(except))
			.collect(Collectors.toSet());
	}

}

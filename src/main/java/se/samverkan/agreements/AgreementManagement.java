package se.samverkan.agreements;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.organisation.Directory;
import se.samverkan.organisation.Directory.StaffView;
import se.samverkan.organisation.Directory.UnitView;
import se.samverkan.organisation.SignedInStaff;
import se.samverkan.shared.DomainException;
import se.samverkan.shared.ErrorCode;
import se.samverkan.shared.NotFoundException;
import se.samverkan.shared.PersonalIdentityNumber;
import se.samverkan.shared.StaleVersionException;

/**
 * The agreements (R23, R24): administrators record a new one (valid three years, possibly
 * replacing an earlier one); the conveners record the steering group's follow-ups and
 * proposed changes; everyone reads them.
 */
@Service
@Transactional
public class AgreementManagement {

	private final Agreements agreements;

	private final Directory directory;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AgreementManagement(Agreements agreements, Directory directory, ApplicationEventPublisher events, Clock clock) {
		this.agreements = agreements;
		this.directory = directory;
		this.events = events;
		this.clock = clock;
	}

	/** Records a new agreement, valid three years from {@code validFrom} (R23). */
	public AgreementView conclude(SignedInStaff me, String title, String summary, LocalDate validFrom,
			Collection<UUID> partyUnitIds, UUID replacesId) {
		if (!me.isAdministrator()) {
			throw new DomainException(ErrorCode.FORBIDDEN);
		}
		if (replacesId != null && this.agreements.findById(replacesId).isEmpty()) {
			throw new DomainException(ErrorCode.VALIDATION_FAILED, "error.agreement.replaces-unknown");
		}
		for (UUID unit : (partyUnitIds != null) ? partyUnitIds : List.<UUID>of()) {
			if (this.directory.unit(unit).isEmpty()) {
				throw new DomainException(ErrorCode.VALIDATION_FAILED, "error.unit-unknown");
			}
		}
		return save(me, Agreement.conclude(title, summary, validFrom, partyUnitIds, replacesId), "AgreementConcluded");
	}

	/**
	 * Records the 2013-style agreement with a validity of its own (demo and migration).
	 */
	AgreementView record(String title, String summary, LocalDate validFrom, LocalDate validTo,
			Collection<UUID> partyUnitIds, UUID replacesId) {
		return view(
				this.agreements.save(Agreement.conclude(title, summary, validFrom, validTo, partyUnitIds, replacesId)));
	}

	/** The steering group followed the agreement up (R23). */
	public AgreementView followUp(SignedInStaff me, UUID id, String text, Integer expectedVersion) {
		return note(me, id, Agreement.NoteKind.FOLLOW_UP, text, expectedVersion);
	}

	/** A change proposed for the next period (R23). */
	public AgreementView proposeChange(SignedInStaff me, UUID id, String text, Integer expectedVersion) {
		return note(me, id, Agreement.NoteKind.PROPOSED_CHANGE, text, expectedVersion);
	}

	private AgreementView note(SignedInStaff me, UUID id, Agreement.NoteKind kind, String text,
			Integer expectedVersion) {
		if (!mayFollowUp(me)) {
			throw new DomainException(ErrorCode.FORBIDDEN, "error.agreement.conveners-only");
		}
		Agreement agreement = this.agreements.findById(id).orElseThrow(NotFoundException::new);
		StaleVersionException.check(expectedVersion, agreement.version());
		if (PersonalIdentityNumber.isContainedIn(text, today())) {
			throw new DomainException(ErrorCode.PERSONAL_DATA_NOT_ALLOWED);
		}
		agreement.note(kind, text, me.staffId(), this.clock.instant());
		return save(me, agreement,
				(kind == Agreement.NoteKind.FOLLOW_UP) ? "AgreementFollowedUp" : "AgreementChangeProposed");
	}

	/** Whether the signed-in staff member records follow-ups and proposed changes. */
	@Transactional(readOnly = true)
	public boolean mayFollowUp(SignedInStaff me) {
		return me.isConvener() || me.isAdministrator();
	}

	/** The agreement in force today, if any. */
	@Transactional(readOnly = true)
	public Optional<AgreementView> current() {
		return all().stream().filter((agreement) -> agreement.status() == AgreementStatus.CURRENT).findFirst();
	}

	/** The units that are parties to the agreement in force today; empty without one. */
	@Transactional(readOnly = true)
	public Set<UUID> currentPartyUnitIds() {
		return current().map((agreement) -> Set.copyOf(agreement.partyUnitIds())).orElse(Set.of());
	}

	/** Every agreement, newest first. */
	@Transactional(readOnly = true)
	public List<AgreementView> all() {
		return this.agreements.findAllByOrderByValidFromDesc().stream().map(this::view).toList();
	}

	@Transactional(readOnly = true)
	public AgreementView agreement(UUID id) {
		return this.agreements.findById(id).map(this::view).orElseThrow(NotFoundException::new);
	}

	private AgreementView save(SignedInStaff me, Agreement agreement, String action) {
		Integer before = agreement.version();
		Agreement saved = this.agreements.save(agreement);
		this.events.publishEvent(
				new AgreementChanged(me.getUsername(), saved.id(), action, before, saved.version(), saved.title()));
		return view(saved);
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private AgreementView view(Agreement agreement) {
		Map<UUID, UnitView> units = this.directory.units(agreement.partyUnitIds());
		String replacesTitle = (agreement.replacesId() != null)
				? this.agreements.findById(agreement.replacesId()).map(Agreement::title).orElse(null) : null;
		boolean replaced = this.agreements.existsByReplacesId(agreement.id());
		return new AgreementView(agreement.id(), agreement.title(), agreement.summary(), agreement.validFrom(),
				agreement.validTo(), agreement.statusOn(today(), replaced), agreement.replacesId(), replacesTitle,
				agreement.partyUnitIds()
					.stream()
					.map((unit) -> new AgreementView.PartyView(unit,
							Optional.ofNullable(units.get(unit)).map(UnitView::name).orElse("")))
					.sorted(Comparator.comparing(AgreementView.PartyView::unitName))
					.toList(),
				notes(agreement, Agreement.NoteKind.FOLLOW_UP), notes(agreement, Agreement.NoteKind.PROPOSED_CHANGE),
				agreement.version());
	}

	private List<AgreementView.NoteView> notes(Agreement agreement, Agreement.NoteKind kind) {
		return agreement.notes(kind)
			.stream()
			.map((note) -> new AgreementView.NoteView(note.noteId(), note.text(),
					this.directory.staffMember(note.writtenBy()).map(StaffView::displayName).orElse(""),
					note.writtenAt()))
			.toList();
	}

}

package se.samverkan.agreements;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import se.samverkan.shared.DomainException;
import se.samverkan.shared.ErrorCode;

/**
 * An agreement between parties (R23, R24): valid three years from its first day, possibly
 * replacing an earlier one; the steering group records follow-ups and proposes changes
 * before the next period.
 */
@Table("agreement")
public class Agreement {

	/** How long an agreement is valid (R23). */
	public static final int VALID_YEARS = 3;

	static final int TEXT_MAX = 4000;

	@Id
	private final UUID id;

	private final String title;

	private final String summary;

	private final LocalDate validFrom;

	private final LocalDate validTo;

	private final UUID replacesId;

	@MappedCollection(idColumn = "agreement_id")
	private final Set<Party> parties;

	@MappedCollection(idColumn = "agreement_id")
	private Set<Note> notes;

	@Version
	private Integer version;

	@PersistenceCreator
	Agreement(UUID id, String title, String summary, LocalDate validFrom, LocalDate validTo, UUID replacesId,
			Set<Party> parties, Set<Note> notes, Integer version) {
		this.id = id;
		this.title = title;
		this.summary = summary;
		this.validFrom = validFrom;
		this.validTo = validTo;
		this.replacesId = replacesId;
		this.parties = Set.copyOf(parties);
		this.notes = Set.copyOf(notes);
		this.version = version;
	}

	/**
	 * An agreement valid three years from {@code validFrom} (R23).
	 */
	public static Agreement conclude(String title, String summary, LocalDate validFrom, Collection<UUID> partyUnitIds,
			UUID replacesId) {
		return conclude(title, summary, validFrom,
				(validFrom != null) ? validFrom.plusYears(VALID_YEARS).minusDays(1) : null, partyUnitIds, replacesId);
	}

	/** An agreement with a validity of its own, as the 2013 agreement had. */
	static Agreement conclude(String title, String summary, LocalDate validFrom, LocalDate validTo,
			Collection<UUID> partyUnitIds, UUID replacesId) {
		if (title == null || title.isBlank()) {
			throw new DomainException(ErrorCode.VALIDATION_FAILED, "error.agreement.title-required");
		}
		if (validFrom == null || validTo == null || validTo.isBefore(validFrom)) {
			throw new DomainException(ErrorCode.VALIDATION_FAILED, "error.agreement.validity-invalid");
		}
		if (partyUnitIds == null || partyUnitIds.size() < 2) {
			throw new DomainException(ErrorCode.VALIDATION_FAILED, "error.agreement.two-parties");
		}
		return new Agreement(UUID.randomUUID(), title.strip(), (summary != null) ? summary.strip() : "", validFrom,
				validTo, replacesId,
				new LinkedHashSet<>(partyUnitIds).stream().map(Party::new).collect(Collectors.toSet()), Set.of(), null);
	}

	void note(NoteKind kind, String text, UUID by, Instant at) {
		if (text == null || text.isBlank()) {
			throw new DomainException(ErrorCode.VALIDATION_FAILED, "error.agreement.text-required");
		}
		if (text.strip().length() > TEXT_MAX) {
			throw new DomainException(ErrorCode.VALIDATION_FAILED, "error.too-long", TEXT_MAX);
		}
		Set<Note> all = new LinkedHashSet<>(this.notes);
		all.add(new Note(UUID.randomUUID(), kind, text.strip(), Objects.requireNonNull(by), at));
		this.notes = all;
	}

	/** Where the agreement stands on a date, given whether a later one replaced it. */
	public AgreementStatus statusOn(LocalDate date, boolean replaced) {
		if (replaced) {
			return AgreementStatus.REPLACED;
		}
		if (date.isBefore(this.validFrom)) {
			return AgreementStatus.UPCOMING;
		}
		return date.isAfter(this.validTo) ? AgreementStatus.EXPIRED : AgreementStatus.CURRENT;
	}

	public UUID id() {
		return this.id;
	}

	public String title() {
		return this.title;
	}

	public String summary() {
		return this.summary;
	}

	public LocalDate validFrom() {
		return this.validFrom;
	}

	public LocalDate validTo() {
		return this.validTo;
	}

	public UUID replacesId() {
		return this.replacesId;
	}

	public Set<UUID> partyUnitIds() {
		return this.parties.stream().map(Party::unitId).collect(Collectors.toSet());
	}

	/** The follow-ups or the proposed changes, oldest first. */
	public List<Note> notes(NoteKind kind) {
		return this.notes.stream()
			.filter((note) -> note.kind() == kind)
			.sorted(java.util.Comparator.comparing(Note::writtenAt))
			.toList();
	}

	public Integer version() {
		return this.version;
	}

	/** A party's unit. */
	@Table("agreement_party")
	record Party(UUID unitId) {
	}

	/** A follow-up or a proposed change, by a member of the steering group. */
	@Table("agreement_note")
	public record Note(UUID noteId, NoteKind kind, String text, UUID writtenBy, Instant writtenAt) {
	}

	/** What a note is. */
	public enum NoteKind {

		/** The steering group followed the agreement up (R23). */
		FOLLOW_UP,
		/** A change proposed for the next period (R23). */
		PROPOSED_CHANGE

	}

}

package se.samverkan.individuals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
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
 * A person's consent (samtycke) to sharing between the principals it covers (R1): given
 * on a date, in a form, by the person or — for a child — the guardian(s) (L8), optionally
 * until a date. A guardian's consent ends at the person's 18th birthday. A revocation
 * stops sharing at once and keeps the record.
 */
@Table("consent")
public class Consent {

	/** Age of majority (föräldrabalken): from then on the person consents themselves. */
	public static final int AGE_OF_MAJORITY = 18;

	static final int TEXT_MAX = 2000;

	@Id
	private final UUID id;

	private final UUID personId;

	private final LocalDate givenOn;

	private final ConsentForm form;

	private final ConsentGiver givenBy;

	private final String childView;

	private final LocalDate validUntil;

	/** The 18th birthday, when a guardian's consent ends; null for the person's own. */
	private final LocalDate majorityOn;

	private final String note;

	private final UUID recordedBy;

	private final Instant recordedAt;

	private Instant revokedAt;

	private UUID revokedBy;

	private String revocationReason;

	@MappedCollection(idColumn = "consent_id")
	private final Set<CoveredPrincipal> principals;

	@Version
	private Integer version;

	@PersistenceCreator
	Consent(UUID id, UUID personId, LocalDate givenOn, ConsentForm form, ConsentGiver givenBy, String childView,
			LocalDate validUntil, LocalDate majorityOn, String note, UUID recordedBy, Instant recordedAt,
			Instant revokedAt, UUID revokedBy, String revocationReason, Set<CoveredPrincipal> principals,
			Integer version) {
		this.id = id;
		this.personId = personId;
		this.givenOn = givenOn;
		this.form = form;
		this.givenBy = givenBy;
		this.childView = childView;
		this.validUntil = validUntil;
		this.majorityOn = majorityOn;
		this.note = note;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
		this.revokedAt = revokedAt;
		this.revokedBy = revokedBy;
		this.revocationReason = revocationReason;
		this.principals = Set.copyOf(principals);
		this.version = version;
	}

	/**
	 * Records a consent.
	 * @param birthDate the person's date of birth: decides who gives consent by default
	 * (L8)
	 * @param givenBy {@code null} for the default: the guardian under 18, else the person
	 * @param today the date it is recorded on: a consent cannot be given in the future
	 */
	public static Consent record(UUID personId, LocalDate birthDate, LocalDate givenOn, ConsentForm form,
			ConsentGiver givenBy, Collection<UUID> principalIds, LocalDate validUntil, String childView, String note,
			UUID recordedBy, Instant recordedAt, LocalDate today) {
		if (givenOn == null) {
			throw invalid("error.consent.given-on-required");
		}
		if (givenOn.isAfter(today)) {
			throw invalid("error.consent.given-on-future");
		}
		if (form == null) {
			throw invalid("error.consent.form-required");
		}
		Set<UUID> covered = (principalIds != null)
				? principalIds.stream().filter(Objects::nonNull).collect(Collectors.toSet()) : Set.of();
		if (covered.size() < 2) {
			throw invalid("error.consent.two-principals");
		}
		if (validUntil != null && validUntil.isBefore(givenOn)) {
			throw invalid("error.consent.valid-until-before-given");
		}
		LocalDate majority = birthDate.plusYears(AGE_OF_MAJORITY);
		boolean childOnGivenOn = givenOn.isBefore(majority);
		ConsentGiver giver = (givenBy != null) ? givenBy
				: (childOnGivenOn ? ConsentGiver.GUARDIAN : ConsentGiver.PERSON);
		if (giver == ConsentGiver.GUARDIAN && !childOnGivenOn) {
			throw invalid("error.consent.guardian-for-adult");
		}
		return new Consent(UUID.randomUUID(), Objects.requireNonNull(personId), givenOn, form, giver, text(childView),
				validUntil, (giver == ConsentGiver.GUARDIAN) ? majority : null, text(note),
				Objects.requireNonNull(recordedBy), Objects.requireNonNull(recordedAt), null, null, null,
				covered.stream().map(CoveredPrincipal::new).collect(Collectors.toSet()), null);
	}

	/**
	 * Revokes the consent: sharing stops at once (R1); the consent stays on record with
	 * who revoked it, when and why.
	 */
	public void revoke(String reason, UUID by, Instant at) {
		if (this.revokedAt != null) {
			throw new DomainException(ErrorCode.INVALID_TRANSITION, "error.consent.already-revoked");
		}
		if (reason == null || reason.isBlank()) {
			throw invalid("error.consent.reason-required");
		}
		this.revocationReason = text(reason);
		this.revokedBy = Objects.requireNonNull(by);
		this.revokedAt = Objects.requireNonNull(at);
	}

	public ConsentStatus statusOn(LocalDate date) {
		if (this.revokedAt != null) {
			return ConsentStatus.REVOKED;
		}
		LocalDate end = endsOn();
		if (end != null && date.isAfter(end)) {
			return ConsentStatus.EXPIRED;
		}
		return ConsentStatus.ACTIVE;
	}

	public boolean isActiveOn(LocalDate date) {
		return statusOn(date) == ConsentStatus.ACTIVE;
	}

	/** Whether the consent covers all those principals. */
	public boolean covers(Collection<UUID> principalIds) {
		return principalIds().containsAll(principalIds);
	}

	/**
	 * The last day the consent holds, if it has one: its end date or, for a guardian's
	 * consent, the day before the 18th birthday, whichever comes first.
	 */
	public LocalDate endsOn() {
		LocalDate lastChildDay = (this.majorityOn != null) ? this.majorityOn.minusDays(1) : null;
		if (lastChildDay == null) {
			return this.validUntil;
		}
		if (this.validUntil == null) {
			return lastChildDay;
		}
		return this.validUntil.isBefore(lastChildDay) ? this.validUntil : lastChildDay;
	}

	private static String text(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		if (value.strip().length() > TEXT_MAX) {
			throw invalid("error.consent.text-too-long");
		}
		return value.strip();
	}

	private static DomainException invalid(String key) {
		return new DomainException(ErrorCode.VALIDATION_FAILED, key);
	}

	public UUID id() {
		return this.id;
	}

	public UUID personId() {
		return this.personId;
	}

	public LocalDate givenOn() {
		return this.givenOn;
	}

	public ConsentForm form() {
		return this.form;
	}

	public ConsentGiver givenBy() {
		return this.givenBy;
	}

	/** The child's own view, noted with a guardian's consent (L8). */
	public String childView() {
		return this.childView;
	}

	public LocalDate validUntil() {
		return this.validUntil;
	}

	public LocalDate majorityOn() {
		return this.majorityOn;
	}

	public String note() {
		return this.note;
	}

	public UUID recordedBy() {
		return this.recordedBy;
	}

	public Instant recordedAt() {
		return this.recordedAt;
	}

	public Instant revokedAt() {
		return this.revokedAt;
	}

	public UUID revokedBy() {
		return this.revokedBy;
	}

	public String revocationReason() {
		return this.revocationReason;
	}

	public Set<UUID> principalIds() {
		return this.principals.stream().map(CoveredPrincipal::principalId).collect(Collectors.toSet());
	}

	public Integer version() {
		return this.version;
	}

	/** A principal the consent covers, stored as a row of its own. */
	@Table("consent_principal")
	record CoveredPrincipal(UUID principalId) {
	}

}

package se.samverkan.observations;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import se.samverkan.shared.DomainException;
import se.samverkan.shared.ErrorCode;
import se.samverkan.shared.PersonalIdentityNumber;

/**
 * A request for collegial observation (R21). Who may take each step is decided by
 * {@link ObservationService}; the order of the steps and what each needs is guarded here.
 */
@Table("observation")
public class Observation {

	static final int PURPOSE_MAX = 2000;

	static final int REFLECTION_MAX = 4000;

	@Id
	private final UUID id;

	private final UUID requesterId;

	private final UUID requesterUnitId;

	private final UUID hostUnitId;

	private final String purpose;

	private final LocalDate wishedFrom;

	private final LocalDate wishedTo;

	private ObservationStatus status;

	private final Instant requestedAt;

	private UUID approvedBy;

	private Instant approvedAt;

	private UUID acceptedBy;

	private Instant acceptedAt;

	private LocalDate scheduledOn;

	private String reflection;

	private Instant completedAt;

	@Version
	private Integer version;

	@PersistenceCreator
	Observation(UUID id, UUID requesterId, UUID requesterUnitId, UUID hostUnitId, String purpose, LocalDate wishedFrom,
			LocalDate wishedTo, ObservationStatus status, Instant requestedAt, UUID approvedBy, Instant approvedAt,
			UUID acceptedBy, Instant acceptedAt, LocalDate scheduledOn, String reflection, Instant completedAt,
			Integer version) {
		this.id = id;
		this.requesterId = requesterId;
		this.requesterUnitId = requesterUnitId;
		this.hostUnitId = hostUnitId;
		this.purpose = purpose;
		this.wishedFrom = wishedFrom;
		this.wishedTo = wishedTo;
		this.status = status;
		this.requestedAt = requestedAt;
		this.approvedBy = approvedBy;
		this.approvedAt = approvedAt;
		this.acceptedBy = acceptedBy;
		this.acceptedAt = acceptedAt;
		this.scheduledOn = scheduledOn;
		this.reflection = reflection;
		this.completedAt = completedAt;
		this.version = version;
	}

	/** A new request, {@link ObservationStatus#REQUESTED}. */
	static Observation request(UUID requesterId, UUID requesterUnitId, UUID hostUnitId, String purpose,
			LocalDate wishedFrom, LocalDate wishedTo, Instant now, LocalDate today) {
		if (hostUnitId == null) {
			throw invalid("host-required");
		}
		if (hostUnitId.equals(requesterUnitId)) {
			throw invalid("own-unit");
		}
		String text = text(purpose, PURPOSE_MAX, "purpose", today);
		if (wishedFrom == null || wishedTo == null) {
			throw invalid("period-required");
		}
		if (wishedTo.isBefore(wishedFrom)) {
			throw invalid("period-reversed");
		}
		if (wishedTo.isBefore(today)) {
			throw invalid("period-past");
		}
		return new Observation(UUID.randomUUID(), requesterId, requesterUnitId, hostUnitId, text, wishedFrom, wishedTo,
				ObservationStatus.REQUESTED, now, null, null, null, null, null, null, null, null);
	}

	void approve(UUID managerId, Instant now) {
		move(ObservationStatus.APPROVED);
		this.approvedBy = managerId;
		this.approvedAt = now;
	}

	void accept(UUID managerId, LocalDate scheduledOn, Instant now, LocalDate today) {
		if (this.status.mayMoveTo(ObservationStatus.SCHEDULED)) {
			if (scheduledOn == null) {
				throw invalid("scheduled-on-required");
			}
			if (scheduledOn.isBefore(today)) {
				throw invalid("scheduled-on-past");
			}
		}
		move(ObservationStatus.SCHEDULED);
		this.acceptedBy = managerId;
		this.acceptedAt = now;
		this.scheduledOn = scheduledOn;
	}

	void complete(String reflection, Instant now, LocalDate today) {
		if (this.status.mayMoveTo(ObservationStatus.COMPLETED)) {
			if (this.scheduledOn.isAfter(today)) {
				throw new DomainException(ErrorCode.INVALID_TRANSITION, "error.observation.not-yet-held");
			}
			this.reflection = text(reflection, REFLECTION_MAX, "reflection", today);
		}
		move(ObservationStatus.COMPLETED);
		this.completedAt = now;
	}

	private void move(ObservationStatus to) {
		if (!this.status.mayMoveTo(to)) {
			throw new DomainException(ErrorCode.INVALID_TRANSITION, "error.observation.invalid-transition");
		}
		this.status = to;
	}

	private static String text(String value, int max, String field, LocalDate today) {
		if (value == null || value.isBlank()) {
			throw invalid(field + "-required");
		}
		String stripped = value.strip();
		if (stripped.length() > max) {
			throw new DomainException(ErrorCode.VALIDATION_FAILED, "error.observation." + field + "-too-long", max);
		}
		if (PersonalIdentityNumber.isContainedIn(stripped, today)) {
			throw new DomainException(ErrorCode.PERSONAL_DATA_NOT_ALLOWED,
					"error.personal-data-not-allowed.observation");
		}
		return stripped;
	}

	private static DomainException invalid(String what) {
		return new DomainException(ErrorCode.VALIDATION_FAILED, "error.observation." + what);
	}

	public UUID id() {
		return this.id;
	}

	public UUID requesterId() {
		return this.requesterId;
	}

	public UUID requesterUnitId() {
		return this.requesterUnitId;
	}

	public UUID hostUnitId() {
		return this.hostUnitId;
	}

	public String purpose() {
		return this.purpose;
	}

	public LocalDate wishedFrom() {
		return this.wishedFrom;
	}

	public LocalDate wishedTo() {
		return this.wishedTo;
	}

	public ObservationStatus status() {
		return this.status;
	}

	public Instant requestedAt() {
		return this.requestedAt;
	}

	public UUID approvedBy() {
		return this.approvedBy;
	}

	public Instant approvedAt() {
		return this.approvedAt;
	}

	public UUID acceptedBy() {
		return this.acceptedBy;
	}

	public Instant acceptedAt() {
		return this.acceptedAt;
	}

	public LocalDate scheduledOn() {
		return this.scheduledOn;
	}

	public String reflection() {
		return this.reflection;
	}

	public Instant completedAt() {
		return this.completedAt;
	}

	public Integer version() {
		return this.version;
	}

}

package se.samverkan.individuals;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import se.samverkan.shared.DomainException;
import se.samverkan.shared.ErrorCode;

/**
 * An intervention (insats) a unit gives a person. It is ongoing while it has no end date
 * or its end date is in the future.
 */
@Table("intervention")
public class Intervention {

	@Id
	private final UUID id;

	private final UUID personId;

	private final UUID unitId;

	private final String title;

	private final UUID responsibleStaffId;

	private final LocalDate startedOn;

	private final LocalDate endedOn;

	@Version
	private Integer version;

	@PersistenceCreator
	Intervention(UUID id, UUID personId, UUID unitId, String title, UUID responsibleStaffId, LocalDate startedOn,
			LocalDate endedOn, Integer version) {
		this.id = id;
		this.personId = personId;
		this.unitId = unitId;
		this.title = title;
		this.responsibleStaffId = responsibleStaffId;
		this.startedOn = startedOn;
		this.endedOn = endedOn;
		this.version = version;
	}

	public static Intervention start(UUID personId, UUID unitId, String title, UUID responsibleStaffId,
			LocalDate startedOn, LocalDate endedOn) {
		if (title == null || title.isBlank()) {
			throw new DomainException(ErrorCode.VALIDATION_FAILED, "error.intervention.title-required");
		}
		if (title.strip().length() > 200) {
			throw new DomainException(ErrorCode.VALIDATION_FAILED, "error.intervention.title-too-long");
		}
		if (startedOn == null) {
			throw new DomainException(ErrorCode.VALIDATION_FAILED, "error.intervention.started-on-required");
		}
		if (endedOn != null && endedOn.isBefore(startedOn)) {
			throw new DomainException(ErrorCode.VALIDATION_FAILED, "error.intervention.ended-before-started");
		}
		return new Intervention(UUID.randomUUID(), Objects.requireNonNull(personId), Objects.requireNonNull(unitId),
				title.strip(), responsibleStaffId, startedOn, endedOn, null);
	}

	/** Ongoing: no end date, or an end date in the future. */
	public boolean isOngoingOn(LocalDate date) {
		return this.endedOn == null || this.endedOn.isAfter(date);
	}

	public UUID id() {
		return this.id;
	}

	public UUID personId() {
		return this.personId;
	}

	public UUID unitId() {
		return this.unitId;
	}

	public String title() {
		return this.title;
	}

	public UUID responsibleStaffId() {
		return this.responsibleStaffId;
	}

	public LocalDate startedOn() {
		return this.startedOn;
	}

	public LocalDate endedOn() {
		return this.endedOn;
	}

	public Integer version() {
		return this.version;
	}

}

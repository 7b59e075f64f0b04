package se.samverkan.individuals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import se.samverkan.shared.DomainException;
import se.samverkan.shared.ErrorCode;
import se.samverkan.shared.PersonalIdentityNumber;

/**
 * An individual (den enskilde) registered by a unit, identified by a personal identity or
 * coordination number in normal form (L1).
 */
@Table("person")
public class Person {

	/** Longest SIP reference kept. */
	public static final int SIP_REFERENCE_MAX = 200;

	@Id
	private final UUID id;

	private final String personalIdentityNumber;

	private final LocalDate birthDate;

	private String firstName;

	private String lastName;

	private UUID homeMunicipalityId;

	private boolean protectedIdentity;

	private final UUID registeredByUnitId;

	private final Instant registeredAt;

	private String sipReference;

	@Version
	private Integer version;

	@PersistenceCreator
	Person(UUID id, String personalIdentityNumber, LocalDate birthDate, String firstName, String lastName,
			UUID homeMunicipalityId, boolean protectedIdentity, UUID registeredByUnitId, Instant registeredAt,
			String sipReference, Integer version) {
		this.id = id;
		this.personalIdentityNumber = personalIdentityNumber;
		this.birthDate = birthDate;
		this.firstName = firstName;
		this.lastName = lastName;
		this.homeMunicipalityId = homeMunicipalityId;
		this.protectedIdentity = protectedIdentity;
		this.registeredByUnitId = registeredByUnitId;
		this.registeredAt = registeredAt;
		this.sipReference = sipReference;
		this.version = version;
	}

	/** A unit registers a person; the unit becomes involved with them. */
	public static Person register(PersonalIdentityNumber number, String firstName, String lastName,
			UUID homeMunicipalityId, boolean protectedIdentity, UUID registeredByUnitId, Instant registeredAt) {
		Objects.requireNonNull(number);
		return new Person(UUID.randomUUID(), number.value(), number.birthDate(), required(firstName, "first-name"),
				required(lastName, "last-name"), Objects.requireNonNull(homeMunicipalityId), protectedIdentity,
				Objects.requireNonNull(registeredByUnitId), Objects.requireNonNull(registeredAt), null, null);
	}

	/**
	 * Refers to the person's coordinated individual plan (SIP) in the region's SIP
	 * system, so that staff find it without documenting twice; blank removes the
	 * reference.
	 */
	public void referToSip(String reference) {
		String value = (reference == null || reference.isBlank()) ? null : reference.strip();
		if (value != null && value.length() > SIP_REFERENCE_MAX) {
			throw new DomainException(ErrorCode.VALIDATION_FAILED, "error.person.sip-reference-too-long",
					SIP_REFERENCE_MAX);
		}
		this.sipReference = value;
	}

	private static String required(String value, String field) {
		if (value == null || value.isBlank()) {
			throw new DomainException(ErrorCode.VALIDATION_FAILED, "error.person." + field + "-required");
		}
		if (value.strip().length() > 100) {
			throw new DomainException(ErrorCode.VALIDATION_FAILED, "error.person." + field + "-too-long");
		}
		return value.strip();
	}

	public UUID id() {
		return this.id;
	}

	public PersonalIdentityNumber personalIdentityNumber() {
		return new PersonalIdentityNumber(this.personalIdentityNumber);
	}

	public LocalDate birthDate() {
		return this.birthDate;
	}

	public int ageOn(LocalDate date) {
		return personalIdentityNumber().ageOn(date);
	}

	/** The day the person reaches the given age. */
	public LocalDate turnsOn(int age) {
		return this.birthDate.plusYears(age);
	}

	public String firstName() {
		return this.firstName;
	}

	public String lastName() {
		return this.lastName;
	}

	public UUID homeMunicipalityId() {
		return this.homeMunicipalityId;
	}

	/** Name and address are hidden from everyone but the registering unit (L4). */
	public boolean protectedIdentity() {
		return this.protectedIdentity;
	}

	public UUID registeredByUnitId() {
		return this.registeredByUnitId;
	}

	public Instant registeredAt() {
		return this.registeredAt;
	}

	/** The person's coordinated individual plan (SIP) in the region's system, if any. */
	public String sipReference() {
		return this.sipReference;
	}

	public Integer version() {
		return this.version;
	}

	@Override
	public String toString() {
		// Never the number or the name: this may end up in a log.
		return "Person[" + this.id + "]";
	}

}

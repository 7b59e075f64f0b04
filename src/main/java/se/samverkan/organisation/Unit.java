package se.samverkan.organisation;

import java.util.Objects;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A unit (verksamhet) of a principal: BUH, VH, a municipality's LSS operations or another
 * unit. The agreement's parties are the units marked {@code agreementParty}.
 */
@Table("unit")
public class Unit {

	@Id
	private final UUID id;

	private UUID principalId;

	private String name;

	private UnitKind kind;

	private boolean agreementParty;

	private boolean active;

	@Version
	private Integer version;

	@PersistenceCreator
	Unit(UUID id, UUID principalId, String name, UnitKind kind, boolean agreementParty, boolean active,
			Integer version) {
		this.id = id;
		this.principalId = principalId;
		this.name = name;
		this.kind = kind;
		this.agreementParty = agreementParty;
		this.active = active;
		this.version = version;
	}

	public static Unit establish(UUID principalId, String name, UnitKind kind, boolean agreementParty) {
		Unit unit = new Unit(UUID.randomUUID(), null, null, null, false, true, null);
		unit.change(principalId, name, kind, agreementParty, true);
		return unit;
	}

	public void change(UUID principalId, String name, UnitKind kind, boolean agreementParty, boolean active) {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("name is required");
		}
		this.principalId = Objects.requireNonNull(principalId);
		this.name = name.strip();
		this.kind = Objects.requireNonNull(kind);
		this.agreementParty = agreementParty;
		this.active = active;
	}

	public UUID id() {
		return this.id;
	}

	public UUID principalId() {
		return this.principalId;
	}

	public String name() {
		return this.name;
	}

	public UnitKind kind() {
		return this.kind;
	}

	public boolean agreementParty() {
		return this.agreementParty;
	}

	public boolean active() {
		return this.active;
	}

	public Integer version() {
		return this.version;
	}

}

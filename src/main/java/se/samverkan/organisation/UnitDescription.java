package se.samverkan.organisation;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.Persistable;
import org.springframework.data.relational.core.mapping.Table;

/**
 * What a unit tells the other parties about itself (R19): mission, responsibilities,
 * routines in force and contact paths. Only the unit's own staff edit it.
 */
@Table("unit_description")
public class UnitDescription implements Persistable<UUID> {

	/** Longest mission, responsibilities or routines, in characters. */
	public static final int TEXT_MAX_LENGTH = 4000;

	/** Longest contact information, in characters. */
	public static final int CONTACT_INFO_MAX_LENGTH = 2000;

	@Id
	private final UUID unitId;

	private String mission;

	private String responsibilities;

	private String routines;

	private String contactInfo;

	private Instant updatedAt;

	private UUID updatedBy;

	@Version
	private Integer version;

	@Transient
	private final boolean isNew;

	@PersistenceCreator
	UnitDescription(UUID unitId, String mission, String responsibilities, String routines, String contactInfo,
			Instant updatedAt, UUID updatedBy, Integer version) {
		this(unitId, mission, responsibilities, routines, contactInfo, updatedAt, updatedBy, version, false);
	}

	private UnitDescription(UUID unitId, String mission, String responsibilities, String routines, String contactInfo,
			Instant updatedAt, UUID updatedBy, Integer version, boolean isNew) {
		this.unitId = unitId;
		this.mission = mission;
		this.responsibilities = responsibilities;
		this.routines = routines;
		this.contactInfo = contactInfo;
		this.updatedAt = updatedAt;
		this.updatedBy = updatedBy;
		this.version = version;
		this.isNew = isNew;
	}

	/** The empty description of a unit that has not written one yet. */
	public static UnitDescription blank(UUID unitId) {
		return new UnitDescription(unitId, "", "", "", "", null, null, null, true);
	}

	public void edit(String mission, String responsibilities, String routines, String contactInfo, UUID editor,
			Instant at) {
		this.mission = nullToEmpty(mission);
		this.responsibilities = nullToEmpty(responsibilities);
		this.routines = nullToEmpty(routines);
		this.contactInfo = nullToEmpty(contactInfo);
		this.updatedBy = editor;
		this.updatedAt = at;
	}

	private static String nullToEmpty(String text) {
		return (text != null) ? text.strip() : "";
	}

	@Override
	public UUID getId() {
		return this.unitId;
	}

	@Override
	public boolean isNew() {
		return this.isNew;
	}

	public UUID unitId() {
		return this.unitId;
	}

	public String mission() {
		return this.mission;
	}

	public String responsibilities() {
		return this.responsibilities;
	}

	public String routines() {
		return this.routines;
	}

	public String contactInfo() {
		return this.contactInfo;
	}

	public Instant updatedAt() {
		return this.updatedAt;
	}

	public UUID updatedBy() {
		return this.updatedBy;
	}

	/**
	 * The version, 0 for a description never saved and 1 once saved the first time. The
	 * stored counter starts at 0 on insert, so it is shifted by one: otherwise a blank
	 * description and one saved once would share version 0, and a second editor who
	 * opened the blank one would silently overwrite the first.
	 */
	public int version() {
		return (this.version != null) ? this.version + 1 : 0;
	}

}

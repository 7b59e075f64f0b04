package se.samverkan.steeringgroup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A member of the steering group: a staff member representing one party's unit, with the
 * MAS/MAR group's nomination when there was one (R8).
 */
@Table("steering_group_member")
class SteeringGroupMember {

	@Id
	private final UUID staffId;

	private final UUID representsUnitId;

	private final LocalDate nominatedOn;

	private final UUID nominationMeetingId;

	private final Instant addedAt;

	private final UUID addedBy;

	@Version
	private Integer version;

	@PersistenceCreator
	SteeringGroupMember(UUID staffId, UUID representsUnitId, LocalDate nominatedOn, UUID nominationMeetingId,
			Instant addedAt, UUID addedBy, Integer version) {
		this.staffId = staffId;
		this.representsUnitId = representsUnitId;
		this.nominatedOn = nominatedOn;
		this.nominationMeetingId = nominationMeetingId;
		this.addedAt = addedAt;
		this.addedBy = addedBy;
		this.version = version;
	}

	static SteeringGroupMember appoint(UUID staffId, UUID representsUnitId, Nomination nomination, UUID addedBy,
			Instant now) {
		Nomination given = (nomination != null) ? nomination : Nomination.NONE;
		return new SteeringGroupMember(staffId, representsUnitId, given.nominatedOn(), given.meetingId(), now, addedBy,
				null);
	}

	SteeringGroupMember nominated(Nomination nomination) {
		Nomination given = (nomination != null) ? nomination : Nomination.NONE;
		return new SteeringGroupMember(this.staffId, this.representsUnitId, given.nominatedOn(), given.meetingId(),
				this.addedAt, this.addedBy, this.version);
	}

	UUID staffId() {
		return this.staffId;
	}

	UUID representsUnitId() {
		return this.representsUnitId;
	}

	Nomination nomination() {
		return new Nomination(this.nominatedOn, this.nominationMeetingId);
	}

	Instant addedAt() {
		return this.addedAt;
	}

	Integer version() {
		return this.version;
	}

}

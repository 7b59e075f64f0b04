package se.samverkan.organisation.api;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;

import se.samverkan.organisation.UnitDescription;

/**
 * A unit's description; {@code version} 0 and no {@code updatedAt} while it has never
 * been written.
 */
record UnitDescriptionResponse(UUID unitId, String mission, String responsibilities, String routines,
		String contactInfo, OffsetDateTime updatedAt, UUID updatedById, int version) {

	static UnitDescriptionResponse of(UnitDescription description, ZoneId zone) {
		return new UnitDescriptionResponse(description.unitId(), description.mission(), description.responsibilities(),
				description.routines(), description.contactInfo(),
				(description.updatedAt() != null) ? description.updatedAt().atZone(zone).toOffsetDateTime() : null,
				description.updatedBy(), description.version());
	}

}

package se.samverkan.organisation.api;

import jakarta.validation.constraints.Size;

import se.samverkan.organisation.UnitDescription;

/** What a unit tells the other parties about itself (R19); a missing field is empty. */
record UnitDescriptionRequest(@Size(max = UnitDescription.TEXT_MAX_LENGTH) String mission,
		@Size(max = UnitDescription.TEXT_MAX_LENGTH) String responsibilities,
		@Size(max = UnitDescription.TEXT_MAX_LENGTH) String routines,
		@Size(max = UnitDescription.CONTACT_INFO_MAX_LENGTH) String contactInfo) {
}

package se.samverkan.organisation.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import se.samverkan.organisation.UnitDescription;

/** The form a unit's staff fill in to describe their unit (R19). */
record DescriptionForm(@Size(max = 4000, message = "{organisation.validation.too-long}") String mission,
		@Size(max = 4000, message = "{organisation.validation.too-long}") String responsibilities,
		@Size(max = 4000, message = "{organisation.validation.too-long}") String routines,
		@Size(max = 2000, message = "{organisation.validation.too-long}") String contactInfo,
		@NotNull(message = "{organisation.validation.required}") Integer version) {

	static DescriptionForm of(UnitDescription description) {
		return new DescriptionForm(description.mission(), description.responsibilities(), description.routines(),
				description.contactInfo(), description.version());
	}

	DescriptionForm withVersion(int current) {
		return new DescriptionForm(this.mission, this.responsibilities, this.routines, this.contactInfo, current);
	}

}

package se.samverkan.organisation.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import se.samverkan.organisation.UnitDescription;

/** The form a unit's staff fill in to describe their unit (R19). */
record DescriptionForm(@Size(max = 4000) String mission, @Size(max = 4000) String responsibilities,
		@Size(max = 4000) String routines, @Size(max = 2000) String contactInfo, @NotNull Integer version) {

	static DescriptionForm of(UnitDescription description) {
		return new DescriptionForm(description.mission(), description.responsibilities(), description.routines(),
				description.contactInfo(), description.version());
	}

	DescriptionForm withVersion(int current) {
		return new DescriptionForm(this.mission, this.responsibilities, this.routines, this.contactInfo, current);
	}

}

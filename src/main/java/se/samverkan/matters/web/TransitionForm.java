package se.samverkan.matters.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import se.samverkan.matters.MatterStatus;

/** Moving a matter on, with why; closing needs the answer to the reporter. */
record TransitionForm(@NotNull MatterStatus to, @Size(max = 4000) String comment, Integer version) {

	TransitionForm withVersion(int current) {
		return new TransitionForm(this.to, this.comment, current);
	}

}

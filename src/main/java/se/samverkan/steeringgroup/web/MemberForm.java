package se.samverkan.steeringgroup.web;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.springframework.format.annotation.DateTimeFormat;

/** The form that adds a member to the steering group. */
record MemberForm(@NotNull(message = "{steeringgroup.form.staffRequired}") UUID staffId,
		@NotNull(message = "{steeringgroup.form.unitRequired}") UUID representsUnitId,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate nominatedOn, UUID nominationMeetingId) {

	static MemberForm empty() {
		return new MemberForm(null, null, null, null);
	}

}

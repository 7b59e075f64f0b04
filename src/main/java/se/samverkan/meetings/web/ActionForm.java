package se.samverkan.meetings.web;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** An action: what, who is responsible, by when, under which agenda item. */
record ActionForm(@NotBlank(message = "{meetings.action.titleRequired}") @Size(max = 500) String title,
		@NotNull(message = "{meetings.action.responsibleRequired}") UUID responsibleStaffId,
		@NotNull(message = "{meetings.action.dueRequired}") @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
		UUID agendaItemId) {

	static ActionForm empty() {
		return new ActionForm("", null, null, null);
	}

}

package se.samverkan.individuals.web;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import se.samverkan.individuals.Commands;

/** Recording an intervention a unit gives. */
record InterventionForm(@NotNull UUID unitId, @NotBlank @Size(max = 200) String title, UUID responsibleStaffId,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startedOn,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endedOn) {

	static InterventionForm empty(UUID ownUnitId, LocalDate today) {
		return new InterventionForm(ownUnitId, "", null, today, null);
	}

	Commands.StartIntervention command() {
		return new Commands.StartIntervention(this.unitId, this.title, this.responsibleStaffId, this.startedOn,
				this.endedOn);
	}

}

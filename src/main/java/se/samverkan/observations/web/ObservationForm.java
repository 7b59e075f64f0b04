package se.samverkan.observations.web;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import se.samverkan.observations.ObservationService.RequestObservation;

/** Asking to observe another party's unit (R21). */
record ObservationForm(@NotNull UUID hostUnitId, @NotBlank @Size(max = 2000) String purpose,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate wishedFrom,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate wishedTo) {

	static ObservationForm empty(LocalDate today) {
		return new ObservationForm(null, "", today.plusWeeks(2), today.plusWeeks(6));
	}

	RequestObservation command() {
		return new RequestObservation(this.hostUnitId, this.purpose, this.wishedFrom, this.wishedTo);
	}

}

package se.samverkan.observations.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The next step of a request: the date of the visit (acceptance) or the reflection
 * (completion), with the version the user saw.
 */
record StepForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate scheduledOn,
		@Size(max = 4000) String reflection, Integer version) {

}

package se.samverkan.individuals.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import se.samverkan.individuals.Commands;
import se.samverkan.individuals.ConsentForm;
import se.samverkan.individuals.ConsentGiver;

/** Recording a consent (R1, L8). */
record ConsentRecordForm(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate givenOn,
		@NotNull ConsentForm form, @NotNull ConsentGiver givenBy, @NotNull @Size(min = 2) List<UUID> principalIds,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validUntil, @Size(max = 2000) String childView,
		@Size(max = 2000) String note) {

	static ConsentRecordForm empty(LocalDate today, UUID ownPrincipalId) {
		return new ConsentRecordForm(today, null, null, List.of(ownPrincipalId), null, "", "");
	}

	Commands.RecordConsent command() {
		return new Commands.RecordConsent(this.givenOn, this.form, this.givenBy, this.principalIds, this.validUntil,
				blankToNull(this.childView), blankToNull(this.note));
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}

package se.samverkan.individuals.web;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import se.samverkan.individuals.Commands;
import se.samverkan.individuals.ContactChannel;
import se.samverkan.individuals.ContactPurpose;

/** Logging a contact (R2–R4); the time as written in Swedish time. */
record ContactForm(@NotNull @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm") LocalDateTime occurredAt,
		@NotNull ContactChannel channel, @NotNull ContactPurpose purpose,
		@NotNull @Size(min = 1) List<UUID> participantStaffIds, @NotBlank @Size(max = 8000) String summary) {

	static ContactForm empty(LocalDateTime now, UUID me) {
		return new ContactForm(now, null, null, List.of(me), "");
	}

	Commands.RecordContact command(ZoneId zone) {
		return new Commands.RecordContact(this.occurredAt.atZone(zone).toInstant(), this.channel, this.purpose,
				this.participantStaffIds, this.summary);
	}

}

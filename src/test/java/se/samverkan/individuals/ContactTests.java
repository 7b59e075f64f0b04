package se.samverkan.individuals;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import se.samverkan.shared.DomainException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** R2–R4: what a contact records. */
class ContactTests {

	static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

	static Contact contact(ContactChannel channel, List<UUID> participants, Instant occurredAt) {
		return Contact.record(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), occurredAt, channel,
				ContactPurpose.FIRST_CONTACT, participants, "Samordning", NOW);
	}

	@ParameterizedTest
	@EnumSource(ContactChannel.class)
	void R2_a_first_contact_is_a_call_a_video_call_a_meeting_with_the_person_or_a_working_meeting(
			ContactChannel channel) {
		assertThat(contact(channel, List.of(UUID.randomUUID()), NOW.minusSeconds(60)).channel()).isEqualTo(channel);
	}

	@Test
	void R4_a_working_meeting_is_held_without_the_person() {
		assertThat(contact(ContactChannel.WORKING_MEETING, List.of(UUID.randomUUID()), NOW).withPerson()).isFalse();
		assertThat(contact(ContactChannel.MEETING_WITH_PERSON, List.of(UUID.randomUUID()), NOW).withPerson()).isTrue();
	}

	@Test
	void a_contact_has_participants_and_is_recorded_after_it_took_place() {
		assertThatThrownBy(() -> contact(ContactChannel.PHONE, List.of(), NOW)).isInstanceOf(DomainException.class);
		assertThatThrownBy(() -> contact(ContactChannel.PHONE, List.of(UUID.randomUUID()), NOW.plusSeconds(3600)))
			.isInstanceOf(DomainException.class);
	}

}

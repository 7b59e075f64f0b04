package se.samverkan.referrals.web;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import se.samverkan.referrals.CreateReferral;
import se.samverkan.referrals.Urgency;

/** Writing a referral: to which unit, why, what is asked, how urgent. */
record ReferralForm(@NotNull UUID personId, @NotNull UUID toUnitId, @NotBlank @Size(max = 4000) String reason,
		@NotBlank @Size(max = 4000) String question, @NotNull Urgency urgency) {

	static ReferralForm empty(UUID personId, UUID suggestedUnitId) {
		return new ReferralForm(personId, suggestedUnitId, "", "", Urgency.NORMAL);
	}

	CreateReferral command() {
		return new CreateReferral(this.personId, this.toUnitId, this.reason, this.question, this.urgency);
	}

}

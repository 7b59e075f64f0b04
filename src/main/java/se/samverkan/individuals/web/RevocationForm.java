package se.samverkan.individuals.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Revoking a consent (R1): the reason is required. */
record RevocationForm(@NotBlank @Size(max = 2000) String reason, Integer version) {

}

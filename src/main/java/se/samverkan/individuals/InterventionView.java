package se.samverkan.individuals;

import java.time.LocalDate;
import java.util.UUID;

/** An intervention, with whether it is ongoing on the day it is read. */
public record InterventionView(UUID id, UUID personId, UUID unitId, String unitName, String title,
		UUID responsibleStaffId, LocalDate startedOn, LocalDate endedOn, boolean ongoing, int version) {
}

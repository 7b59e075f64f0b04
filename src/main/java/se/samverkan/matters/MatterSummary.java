package se.samverkan.matters;

import java.util.UUID;

/** A matter as other modules refer to it. */
public record MatterSummary(UUID id, String title, MatterStatus status, MatterCategory category) {

}

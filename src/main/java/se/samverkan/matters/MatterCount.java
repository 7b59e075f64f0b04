package se.samverkan.matters;

/** How many matters of a category are in a status, e.g. for the annual report. */
public record MatterCount(MatterCategory category, MatterStatus status, long count) {

}

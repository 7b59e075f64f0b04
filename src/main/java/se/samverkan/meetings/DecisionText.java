package se.samverkan.meetings;

import java.time.LocalDate;

/** A decision as written in the minutes, with an optional date to review it. */
public record DecisionText(String text, LocalDate reviewOn) {
}

package se.samverkan.individuals;

import java.time.Instant;
import java.util.List;

/**
 * One entry another module adds to a person's timeline: when, what kind (a message key),
 * a heading (a message key with arguments), lines of detail (each a message key with
 * arguments) and a link to the whole of it.
 */
public record TimelineItem(Instant at, String kindKey, Text heading, List<Text> details, String link) {

	public TimelineItem {
		details = List.copyOf(details);
	}

	/** A message key with its arguments, rendered in the reader's language. */
	public record Text(String key, List<Object> arguments) {

		public Text {
			arguments = List.copyOf(arguments);
		}

		public static Text of(String key, Object... arguments) {
			return new Text(key, List.of(arguments));
		}

		public Object[] args() {
			return this.arguments.toArray();
		}

	}

}

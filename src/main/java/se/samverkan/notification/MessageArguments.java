package se.samverkan.notification;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores a message's arguments in one column as a JSON array of strings, so that any text
 * (commas, quotes, line breaks) comes back exactly; over-long arguments are shortened to
 * fit the column rather than losing the notification.
 */
final class MessageArguments {

	static final int COLUMN_LENGTH = 1000;

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final TypeReference<List<String>> LIST = new TypeReference<>() {
	};

	private MessageArguments() {
	}

	static String encode(List<String> arguments) {
		List<String> values = new ArrayList<>(arguments.stream().map((value) -> (value != null) ? value : "").toList());
		String encoded = json.writeValueAsString(values);
		while (encoded.length() > COLUMN_LENGTH) {
			int longest = 0;
			for (int i = 1; i < values.size(); i++) {
				if (values.get(i).length() > values.get(longest).length()) {
					longest = i;
				}
			}
			String value = values.get(longest);
			values.set(longest, value.substring(0, value.length() / 2) + "…");
			encoded = json.writeValueAsString(values);
		}
		return encoded;
	}

	static List<String> decode(String encoded) {
		if (encoded == null || encoded.isBlank()) {
			return List.of();
		}
		return json.readValue(encoded, LIST);
	}

}

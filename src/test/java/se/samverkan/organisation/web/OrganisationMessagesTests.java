package se.samverkan.organisation.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every interface text exists in Swedish and in English (L6: the interface is bilingual).
 */
class OrganisationMessagesTests {

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = OrganisationMessagesTests.class.getResourceAsStream("/" + name)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

	@Test
	void swedish_and_english_messages_have_the_same_keys() throws IOException {
		Properties swedish = load("messages.properties");
		Properties english = load("messages_en.properties");
		assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(swedish.stringPropertyNames());
	}

	@Test
	void the_description_form_labels_are_those_of_the_agreement() throws IOException {
		Properties swedish = load("messages.properties");
		assertThat(swedish.getProperty("organisation.description.mission")).isEqualTo("Uppdrag");
		assertThat(swedish.getProperty("organisation.description.responsibilities")).isEqualTo("Ansvar");
		assertThat(swedish.getProperty("organisation.description.routines")).isEqualTo("Rutiner");
		assertThat(swedish.getProperty("organisation.description.contactInfo")).isEqualTo("Kontaktvägar");
	}

}

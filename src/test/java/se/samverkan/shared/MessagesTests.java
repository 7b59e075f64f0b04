package se.samverkan.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text of the interface comes from the message bundles, and both languages have
 * every key: a template with literal text, or a key missing in one language, fails here.
 */
class MessagesTests {

	/**
	 * Attributes whose value replaces the element's content, so its literal text is a
	 * placeholder.
	 */
	private static final List<String> REPLACING = List.of("th:text", "th:utext", "th:replace", "th:insert",
			"th:errors");

	private static final Pattern KEY = Pattern.compile("#\\{([A-Za-z0-9_.-]+)[}(]");

	private static final Pattern ARGUMENT = Pattern.compile("\\{\\d");

	private static final Pattern SINGLE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

	private static final Pattern LETTER = Pattern.compile("\\p{L}");

	@Test
	void both_languages_have_the_same_keys() throws IOException {
		Set<String> swedish = load("messages.properties").stringPropertyNames();
		Set<String> english = load("messages_en.properties").stringPropertyNames();
		assertThat(difference(swedish, english)).as("keys missing in messages_en.properties").isEmpty();
		assertThat(difference(english, swedish)).as("keys missing in messages.properties").isEmpty();
	}

	/**
	 * A message with arguments goes through {@link java.text.MessageFormat}, where a
	 * single apostrophe quotes the rest: it vanishes, and an argument after it is shown
	 * as {@code {0}}. Such messages write it twice; those without arguments are shown as
	 * written.
	 */
	@Test
	void messages_with_arguments_double_their_apostrophes() throws IOException {
		List<String> broken = new ArrayList<>();
		for (String bundle : List.of("messages.properties", "messages_en.properties")) {
			Properties messages = load(bundle);
			for (String key : new TreeSet<>(messages.stringPropertyNames())) {
				String message = messages.getProperty(key);
				if (ARGUMENT.matcher(message).find() && SINGLE_APOSTROPHE.matcher(message).find()) {
					broken.add(bundle + ": " + key);
				}
			}
		}
		assertThat(broken).as("single apostrophes in messages with arguments (write '')").isEmpty();
	}

	@Test
	void templates_hold_no_literal_text() throws IOException {
		List<String> literals = new ArrayList<>();
		for (Resource template : templates()) {
			Document document = parse(template);
			for (Element element : document.getAllElements()) {
				if (replaced(element) || element.hasAttr("lang") || element.tagName().equals("script")) {
					continue;
				}
				for (TextNode text : element.textNodes()) {
					if (LETTER.matcher(text.text()).find()) {
						literals.add(template.getFilename() + ": \"" + text.text().strip() + "\"");
					}
				}
			}
		}
		assertThat(literals).as("literal text in templates (use th:text=\"#{...}\")").isEmpty();
	}

	@Test
	void every_message_key_used_in_a_template_exists() throws IOException {
		Properties swedish = load("messages.properties");
		Set<String> missing = new TreeSet<>();
		for (Resource template : templates()) {
			Matcher keys = KEY.matcher(template.getContentAsString(StandardCharsets.UTF_8));
			while (keys.find()) {
				if (!swedish.containsKey(keys.group(1))) {
					missing.add(template.getFilename() + ": " + keys.group(1));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	private static boolean replaced(Element element) {
		for (Element current = element; current != null; current = current.parent()) {
			for (String attribute : REPLACING) {
				// A page hands its own content to the layout: that is not a replacement
				// of its text.
				if (current.hasAttr(attribute) && !current.attr(attribute).contains("fragments/layout :: page")) {
					return true;
				}
			}
		}
		return false;
	}

	private static Document parse(Resource template) throws IOException {
		try (InputStream in = template.getInputStream()) {
			return Jsoup.parse(in, "UTF-8", "", Parser.xmlParser());
		}
	}

	private static Resource[] templates() throws IOException {
		return new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.html");
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessagesTests.class.getClassLoader().getResourceAsStream(name)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

	private static Set<String> difference(Set<String> left, Set<String> right) {
		Set<String> result = new TreeSet<>(left);
		result.removeAll(right);
		return result;
	}

}

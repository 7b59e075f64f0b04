package se.samverkan.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Prints documents as PDF from the same Thymeleaf templates as the pages: the template in
 * the reader's language, with its style sheet inlined, turned into PDF by openhtmltopdf.
 * Templates read {@code zone} (Swedish time) and {@code css} besides their own variables.
 */
@Component
public class PdfDocuments {

	private final ITemplateEngine templates;

	private final Clock clock;

	PdfDocuments(ITemplateEngine templates, Clock clock) {
		this.templates = templates;
		this.clock = clock;
	}

	/**
	 * @param template the Thymeleaf template
	 * @param stylesheet the class-path location of its style sheet
	 * @param variables what the template reads
	 * @param locale the reader's language
	 */
	public byte[] render(String template, String stylesheet, Map<String, Object> variables, Locale locale) {
		Context context = new Context(locale);
		context.setVariables(variables);
		context.setVariable("zone", this.clock.getZone());
		context.setVariable("css", style(stylesheet));
		String html = this.templates.process(template, context);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.withHtmlContent(html, null);
			builder.toStream(out);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static String style(String location) {
		try {
			return new ClassPathResource(location).getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

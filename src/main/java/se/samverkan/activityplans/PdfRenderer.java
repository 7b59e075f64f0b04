package se.samverkan.activityplans;

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
 * Renders the yearly cycle's documents as PDF: a Thymeleaf template in the reader's
 * language, with the style sheet {@code pdf/yearly.css}, turned into PDF by
 * openhtmltopdf.
 */
@Component
public class PdfRenderer {

	static final String STYLE = "pdf/yearly.css";

	private final ITemplateEngine templates;

	private final Clock clock;

	PdfRenderer(ITemplateEngine templates, Clock clock) {
		this.templates = templates;
		this.clock = clock;
	}

	/**
	 * @param template the Thymeleaf template
	 * @param variables what the template reads; {@code zone} and {@code css} are added
	 * @param locale the reader's language
	 */
	public byte[] render(String template, Map<String, Object> variables, Locale locale) {
		Context context = new Context(locale);
		context.setVariables(variables);
		context.setVariable("zone", this.clock.getZone());
		context.setVariable("css", style());
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

	private static String style() {
		try {
			return new ClassPathResource(STYLE).getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

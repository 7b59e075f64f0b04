package se.samverkan.individuals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Renders the access log extract (L3) as a PDF: a Thymeleaf template, in the reader's
 * language, turned into PDF by openhtmltopdf.
 */
@Component
public class AccessLogPdf {

	static final String TEMPLATE = "individuals/access-log-pdf";

	static final String STYLE = "pdf/access-log-extract.css";

	private final ITemplateEngine templates;

	private final Clock clock;

	AccessLogPdf(ITemplateEngine templates, Clock clock) {
		this.templates = templates;
		this.clock = clock;
	}

	public byte[] render(AccessLogExtract extract, Locale locale) {
		Context context = new Context(locale);
		context.setVariable("extract", extract);
		context.setVariable("zone", this.clock.getZone());
		context.setVariable("css", style());
		String html = this.templates.process(TEMPLATE, context);
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
